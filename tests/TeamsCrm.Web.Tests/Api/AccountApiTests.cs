using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

[Collection(ApiTests.Name)]
public sealed class AccountApiTests(ApiHost host)
{
    [Fact]
    public async Task SearchAccounts_FoldedName_FindsTheAccount()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);

        var answer = (await megan.GetAsync("/api/v1/accounts?query=mueller%20masch&top=5")).Expect(HttpStatusCode.OK);

        Assert.Equal("Müller Maschinenbau GmbH", answer["items.0.name"]);
        Assert.Null(answer.Json["nextLink"]);
    }

    [Fact]
    public async Task SearchAccounts_Guest_FindsOnlySharedAccounts()
    {
        var unshared = await host.NewAccountAsync(DemoTenant.Megan, "Guestsearch");
        var shared = await host.NewAccountAsync(DemoTenant.Megan, "Guestsearch");
        await host.ShareWithFabrikamAsync(shared.Id, ShareLevel.Read);
        using var pat = host.ClientFor(DemoTenant.Pat);

        var answer = (await pat.GetAsync("/api/v1/accounts?query=guestsearch&top=50")).Expect(HttpStatusCode.OK);

        var ids = answer.Json["items"]!.AsArray().Select(i => (string?)i!["id"]).ToArray();
        Assert.Contains(shared.Id, ids);
        Assert.DoesNotContain(unshared.Id, ids);
    }

    [Theory]
    [InlineData("en", "Page size (top): The value is out of range.")]
    [InlineData("de", "Seitengröße (top): Der Wert liegt außerhalb des zulässigen Bereichs.")]
    public async Task SearchAccounts_TopOutOfRange_Returns400NamingTop(string language, string message)
    {
        using var megan = host.ClientFor(DemoTenant.Megan, language);

        var answer = await megan.GetAsync("/api/v1/accounts?query=contoso&top=500");

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal(message, answer["errors.top.0"]);
    }

    [Fact]
    public async Task GetAccount_Member_ReturnsAccountWithETagAndInternalFields()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);

        var answer = (await megan.GetAsync($"/api/v1/accounts/{account.Id}")).Expect(HttpStatusCode.OK);

        Assert.Equal(account.Name, answer["name"]);
        Assert.Equal("Enterprise", answer["segment"]);
        Assert.Equal("Active", answer["status"]);
        Assert.NotNull(answer.ETag);
        Assert.Equal(answer.ETag, answer["etag"]);
    }

    [Fact]
    public async Task GetAccount_GuestOfSharedAccount_ReturnsItWithoutInternalFields()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Read);
        using var pat = host.ClientFor(DemoTenant.Pat);

        var answer = (await pat.GetAsync($"/api/v1/accounts/{account.Id}")).Expect(HttpStatusCode.OK);

        Assert.Equal(account.Name, answer["name"]);
        Assert.False(answer.Json.AsObject().ContainsKey("segment"));
        Assert.DoesNotContain("Enterprise", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAccount_NewName_Returns201WithLocationAndETag()
    {
        using var megan = host.ClientFor(DemoTenant.Megan);
        var name = "Brand New Corp " + Guid.NewGuid().ToString("N")[..8];

        var created = (await megan.PostAsync("/api/v1/accounts", new { name, industry = "Retail", address = new { city = "Köln" } })).Expect(HttpStatusCode.Created);
        var read = (await megan.GetAsync(created.Location!)).Expect(HttpStatusCode.OK);

        Assert.Equal(name, read["name"]);
        Assert.Equal("Köln", read["address.city"]);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal(DemoTenant.Megan.UserId, read["owner.userId"]);
    }

    [Fact]
    public async Task CreateAccount_ExistingName_Returns409WithMatchesThenCreatesWhenConfirmed()
    {
        var existing = await host.NewAccountAsync(DemoTenant.Megan, "Duplicate Check");
        using var megan = host.ClientFor(DemoTenant.Megan, "de");

        var refused = await megan.PostAsync("/api/v1/accounts", new { name = existing.Name.ToUpperInvariant() });
        var confirmed = await megan.PostAsync("/api/v1/accounts?allowSimilarName=true", new { name = existing.Name });

        refused.ExpectProblem(HttpStatusCode.Conflict, "Rule.DuplicateSuspected");
        Assert.StartsWith("Ein Eintrag mit diesem Namen existiert bereits", refused["title"], StringComparison.Ordinal);
        Assert.Equal(existing.Id, refused["matches.0.id"]);
        confirmed.Expect(HttpStatusCode.Created);
        Assert.NotEqual(existing.Id, confirmed["id"]);
    }

    [Fact]
    public async Task CreateAccount_Guest_Returns403()
    {
        using var pat = host.ClientFor(DemoTenant.Pat);

        var answer = await pat.PostAsync("/api/v1/accounts", new { name = "Partner Made " + Guid.NewGuid().ToString("N")[..6] });

        answer.ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
    }

    [Theory]
    [InlineData("en", "Name: This field is required.", "Website: This is not a valid web address (http or https).")]
    [InlineData("de", "Name: Dieses Feld ist erforderlich.", "Website: Das ist keine gültige Webadresse (http oder https).")]
    public async Task CreateAccount_InvalidInput_Returns400WithEveryFieldInTheCallersLanguage(string language, string name, string website)
    {
        using var megan = host.ClientFor(DemoTenant.Megan, language);

        var answer = await megan.PostAsync("/api/v1/accounts", new { name = " ", website = "ftp://nope" });

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal(name, answer["errors.name.0"]);
        Assert.Equal(website, answer["errors.website.0"]);
    }
}
