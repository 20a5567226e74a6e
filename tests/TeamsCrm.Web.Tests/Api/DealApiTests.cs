using System.Globalization;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

[Collection(ApiTests.Name)]
public sealed class DealApiTests(ApiHost host)
{
    [Fact]
    public async Task DealLifecycle_CreateListGetUpdateMove_Works()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var path = $"/api/v1/accounts/{account.Id}/deals";

        var created = (await megan.PostAsync(path, new { title = "Roll-out", amount = 50_000, currency = "USD", expectedCloseDate = "2031-03-31", source = "Fair" }))
            .Expect(HttpStatusCode.Created);
        var listed = (await megan.GetAsync(path)).Expect(HttpStatusCode.OK);
        var updated = (await megan.PutAsync(created.Location!, new { title = "Roll-out phase 1", amount = 42_000.5, currency = "EUR", probability = 35 }, created.ETag))
            .Expect(HttpStatusCode.OK);
        var moved = (await megan.PutAsync(created.Location + "/stage", new { stage = "Qualified" }, updated.ETag)).Expect(HttpStatusCode.OK);

        Assert.Equal("New", created["stage"]);
        Assert.Equal("Fair", created["source"]);
        Assert.Equal(created["id"], listed["items.0.id"]);
        Assert.Equal("Roll-out phase 1", updated["title"]);
        Assert.Equal(42_000.5m, (decimal?)updated.Json["amount"]);
        Assert.Equal("Qualified", moved["stage"]);
        Assert.Equal("Qualified", (await megan.GetAsync(created.Location!))["stage"]);
        Assert.Contains("Proposal", moved.Json["allowedStages"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public async Task ChangeStage_StepThePipelineForbids_Returns422InTheCallersLanguage()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var deal = await host.NewDealAsync(DemoTenant.Megan, account.Id);
        using var megan = host.ClientFor(DemoTenant.Megan, "de");
        var read = await megan.GetAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}");

        var answer = await megan.PutAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}/stage", new { stage = "Won" }, read.ETag);
        var missing = await megan.PutAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}/stage", new { }, read.ETag);

        answer.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.StageTransitionNotAllowed");
        Assert.Equal(CrmMessages.Get(ErrorCodes.StageTransitionNotAllowed, CultureInfo.GetCultureInfo("de")), answer["title"]);
        missing.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal("Phase: Dieses Feld ist erforderlich.", missing["errors.stage.0"]);
    }

    [Fact]
    public async Task ChangeStage_GuestWithStaleETag_Returns412WithTheCurrentDealRedacted()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var deal = await host.NewDealAsync(DemoTenant.Megan, account.Id);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Edit, deal.Id);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var pat = host.ClientFor(DemoTenant.Pat);
        var seenByPat = (await pat.GetAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}")).Expect(HttpStatusCode.OK);
        (await megan.PutAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}/stage", new { stage = "Qualified" }, seenByPat.ETag)).Expect(HttpStatusCode.OK);

        var answer = await pat.PutAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}/stage", new { stage = "Lost" }, seenByPat.ETag);
        var without = await pat.PutAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}/stage", new { stage = "Lost" }, ifMatch: null);

        answer.ExpectProblem(HttpStatusCode.PreconditionFailed, "Error.Conflict");
        Assert.Equal("Qualified", answer["current.stage"]);
        var current = answer.Json["current"]!.AsObject();
        Assert.False(current.ContainsKey("probability"));
        Assert.False(current.ContainsKey("source"));
        Assert.DoesNotContain("Referral", answer.Text, StringComparison.Ordinal);
        without.ExpectProblem(HttpStatusCode.PreconditionRequired, "Api.IfMatchRequired");
    }

    [Fact]
    public async Task Deals_Guest_SeesOnlySharedDealsWithoutInternalFields()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var shared = await host.NewDealAsync(DemoTenant.Megan, account.Id, "Shared deal");
        var hidden = await host.NewDealAsync(DemoTenant.Megan, account.Id, "Hidden deal");
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Read, shared.Id);
        using var pat = host.ClientFor(DemoTenant.Pat);

        var list = (await pat.GetAsync($"/api/v1/accounts/{account.Id}/deals")).Expect(HttpStatusCode.OK);
        var hiddenOne = await pat.GetAsync($"/api/v1/accounts/{account.Id}/deals/{hidden.Id}");
        var update = await pat.PutAsync($"/api/v1/accounts/{account.Id}/deals/{shared.Id}", new { title = "Partner title", amount = 1 }, "*");

        var item = Assert.Single(list.Json["items"]!.AsArray())!.AsObject();
        Assert.Equal(shared.Id, (string?)item["id"]);
        Assert.False(item.ContainsKey("probability"));
        Assert.False(item.ContainsKey("source"));
        Assert.Empty(item["allowedStages"]!.AsArray());
        hiddenOne.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        update.ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
    }

    [Theory]
    [InlineData("en", "Currency: This is not a supported currency code (for example EUR or USD).", "Probability: The value is out of range.")]
    [InlineData("de", "Währung: Das ist kein unterstützter Währungscode (zum Beispiel EUR oder USD).", "Wahrscheinlichkeit: Der Wert liegt außerhalb des zulässigen Bereichs.")]
    public async Task CreateDeal_InvalidInput_Returns400WithEveryField(string language, string currency, string probability)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan, language);

        var answer = await megan.PostAsync($"/api/v1/accounts/{account.Id}/deals", new { title = "Bad", amount = 10, currency = "XYZ", probability = 140 });

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal(currency, answer["errors.currency.0"]);
        Assert.Equal(probability, answer["errors.probability.0"]);
        Assert.Empty((await megan.GetAsync($"/api/v1/accounts/{account.Id}/deals")).Json["items"]!.AsArray());
    }
}
