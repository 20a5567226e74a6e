using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

[Collection(ApiTests.Name)]
public sealed class HandoffApiTests(ApiHost host)
{
    [Fact]
    public async Task Handoff_StartListAccept_MovesTheDealToTheRecipient()
    {
        var (account, deal) = await NewDealOfMeganAsync();
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var lukas = host.ClientFor(DemoTenant.Lukas);

        var started = (await megan.PostAsync($"/api/v1/accounts/{account}/deals/{deal}/handoffs", new
        {
            recipient = new { userId = DemoTenant.Lukas.UserId },
            note = "He speaks German",
            dueAt = DateTimeOffset.UtcNow.AddDays(2),
        })).Expect(HttpStatusCode.Created);
        var sent = (await megan.GetAsync("/api/v1/handoffs?box=sent")).Expect(HttpStatusCode.OK);
        var waiting = (await lukas.GetAsync("/api/v1/handoffs")).Expect(HttpStatusCode.OK);
        var accepted = (await lukas.PostAsync(started.Location + "/accept")).Expect(HttpStatusCode.OK);
        var dealNow = (await lukas.GetAsync($"/api/v1/accounts/{account}/deals/{deal}")).Expect(HttpStatusCode.OK);

        Assert.Equal("Pending", started["status"]);
        Assert.Equal(DemoTenant.Lukas.DisplayName, started["to.displayName"]);
        Assert.Contains(started["id"], Ids(sent));
        Assert.Contains(started["id"], Ids(waiting));
        Assert.Equal("Accepted", accepted["status"]);
        Assert.Equal("API deal", accepted["dealTitle"]);
        Assert.Equal(DemoTenant.Lukas.UserId, dealNow["owner.userId"]);
        Assert.DoesNotContain(started["id"], Ids((await lukas.GetAsync("/api/v1/handoffs?box=waiting")).Expect(HttpStatusCode.OK)));
    }

    [Fact]
    public async Task Handoff_DeclineNeedsAReason_ThenDeclines()
    {
        var started = await StartToLukasAsync();
        using var lukas = host.ClientFor(DemoTenant.Lukas, "de");

        var withoutReason = await lukas.PostAsync(started + "/decline", new { });
        var declined = (await lukas.PostAsync(started + "/decline", new { reason = "Kein Kapazität" })).Expect(HttpStatusCode.OK);
        var acceptLater = await lukas.PostAsync(started + "/accept");

        withoutReason.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal("Grund: Dieses Feld ist erforderlich.", withoutReason["errors.reason.0"]);
        Assert.Equal("Declined", declined["status"]);
        Assert.Equal("Kein Kapazität", declined["declineReason"]);
        acceptLater.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.HandoffNotPending");
    }

    [Fact]
    public async Task Handoff_OnlyTheSenderCancels()
    {
        var started = await StartToLukasAsync();
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var lukas = host.ClientFor(DemoTenant.Lukas);

        var byRecipient = await lukas.PostAsync(started + "/cancel");
        var bySender = (await megan.PostAsync(started + "/cancel")).Expect(HttpStatusCode.OK);

        byRecipient.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.HandoffOnlySender");
        Assert.Equal("Cancelled", bySender["status"]);
        Assert.DoesNotContain(bySender["id"], Ids((await megan.GetAsync("/api/v1/handoffs?box=sent")).Expect(HttpStatusCode.OK)));
    }

    [Fact]
    public async Task StartHandoff_RuleOrInputBroken_Returns422Or400()
    {
        var (account, deal) = await NewDealOfMeganAsync();
        using var lukas = host.ClientFor(DemoTenant.Lukas);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var path = $"/api/v1/accounts/{account}/deals/{deal}/handoffs";

        var notOwner = await lukas.PostAsync(path, new { recipient = new { userId = DemoTenant.Adele.UserId } });
        var toSelf = await megan.PostAsync(path, new { recipient = new { userId = DemoTenant.Megan.UserId } });
        var nobody = await megan.PostAsync(path, new { note = "to whom?" });
        var unknown = await megan.PostAsync(path, new { recipient = new { userId = "not-a-person" } });

        notOwner.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.HandoffNotOwner");
        toSelf.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.HandoffToSelf");
        nobody.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal("Recipient: This field is required.", nobody["errors.recipient.userId.0"]);
        unknown.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.HandoffRecipientCannotSeeDeal");
    }

    [Fact]
    public async Task ListMyHandoffs_UnknownBox_Returns400()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);

        var answer = await megan.GetAsync("/api/v1/handoffs?box=archive");

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.NotNull(answer["errors.box.0"]);
    }

    [Fact]
    public async Task GetHandoff_GuestNotAParty_Returns404()
    {
        var started = await StartToLukasAsync();
        using var pat = host.ClientFor(DemoTenant.Pat);
        using var megan = host.ClientFor(DemoTenant.Megan);

        var answer = await pat.GetAsync(started);
        var ours = (await megan.GetAsync(started)).Expect(HttpStatusCode.OK);

        answer.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        Assert.Equal("He speaks German", ours["note"]);
    }

    private async Task<(string Account, string Deal)> NewDealOfMeganAsync()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var deal = await host.NewDealAsync(DemoTenant.Megan, account.Id);
        return (account.Id, deal.Id);
    }

    /// <summary>A pending handoff of a new deal from Megan to Lukas; its address.</summary>
    private async Task<string> StartToLukasAsync()
    {
        var (account, deal) = await NewDealOfMeganAsync();
        using var megan = host.ClientFor(DemoTenant.Megan);
        var started = await megan.PostAsync($"/api/v1/accounts/{account}/deals/{deal}/handoffs", new { recipient = new { userId = DemoTenant.Lukas.UserId }, note = "He speaks German" });
        return started.Expect(HttpStatusCode.Created).Location!;
    }

    private static IEnumerable<string?> Ids(ApiAnswer list) => list.Json["items"]!.AsArray().Select(h => (string?)h!["id"]);
}
