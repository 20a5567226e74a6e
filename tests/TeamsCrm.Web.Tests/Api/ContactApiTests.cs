using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

[Collection(ApiTests.Name)]
public sealed class ContactApiTests(ApiHost host)
{
    [Fact]
    public async Task ContactLifecycle_CreateListPageGetUpdate_Works()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var path = $"/api/v1/accounts/{account.Id}/contacts";

        var first = (await megan.PostAsync(path, new { firstName = "Ada", lastName = "Lovelace", email = "ada@example.com", preferredChannel = "Phone" })).Expect(HttpStatusCode.Created);
        (await megan.PostAsync(path, new { firstName = "Grace", lastName = "Hopper" })).Expect(HttpStatusCode.Created);
        (await megan.PostAsync(path, new { firstName = "Alan", lastName = "Turing" })).Expect(HttpStatusCode.Created);
        var page1 = (await megan.GetAsync(path + "?top=2")).Expect(HttpStatusCode.OK);
        var page2 = (await megan.GetAsync(page1["nextLink"]!)).Expect(HttpStatusCode.OK);
        var one = (await megan.GetAsync(first.Location!)).Expect(HttpStatusCode.OK);
        var updated = (await megan.PutAsync(first.Location!, new { firstName = "Ada", lastName = "King", role = "Countess" }, one.ETag)).Expect(HttpStatusCode.OK);

        Assert.Equal(["Lovelace", "Hopper"], page1.Json["items"]!.AsArray().Select(c => (string?)c!["lastName"]));
        Assert.Equal(["Turing"], page2.Json["items"]!.AsArray().Select(c => (string?)c!["lastName"]));
        Assert.Null(page2.Json["nextLink"]);
        Assert.Equal("Phone", one["preferredChannel"]);
        Assert.Equal("King", updated["lastName"]);
        Assert.Equal("Countess", updated["role"]);
        Assert.NotEqual(one.ETag, updated.ETag);
    }

    [Fact]
    public async Task CreateContact_SameEmail_Returns409WithTheExistingContact()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var path = $"/api/v1/accounts/{account.Id}/contacts";
        var existing = (await megan.PostAsync(path, new { firstName = "Jo", lastName = "Doe", email = "jo@example.com" })).Expect(HttpStatusCode.Created);

        var refused = await megan.PostAsync(path, new { firstName = "Johanna", lastName = "Doe", email = "JO@example.com" });
        var allowed = await megan.PostAsync(path + "?allowSimilar=true", new { firstName = "Johanna", lastName = "Doe", email = "jo@example.com" });

        refused.ExpectProblem(HttpStatusCode.Conflict, "Rule.DuplicateSuspected");
        Assert.Equal(existing["id"], refused["matches.0.id"]);
        allowed.Expect(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("en", "Email: This is not a valid email address.")]
    [InlineData("de", "E-Mail: Das ist keine gültige E-Mail-Adresse.")]
    public async Task UpdateContact_InvalidEmail_Returns400AndSavesNothing(string language, string message)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan, language);
        var created = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/contacts", new { firstName = "Max", lastName = "Muster", email = "max@example.com" })).Expect(HttpStatusCode.Created);

        var answer = await megan.PutAsync(created.Location!, new { firstName = "Max", lastName = "Muster", email = "max(at)example" }, created.ETag);

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal(message, answer["errors.email.0"]);
        Assert.Equal("max@example.com", (await megan.GetAsync(created.Location!))["email"]);
    }

    [Fact]
    public async Task UpdateContact_IfMatchMissingOrStale_Returns428Or412WithTheCurrentContact()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var created = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/contacts", new { firstName = "Eve", lastName = "Early" })).Expect(HttpStatusCode.Created);
        var changed = (await megan.PutAsync(created.Location!, new { firstName = "Eve", lastName = "Later" }, created.ETag)).Expect(HttpStatusCode.OK);

        var missing = await megan.PutAsync(created.Location!, new { firstName = "Eve", lastName = "Never" }, ifMatch: null);
        var stale = await megan.PutAsync(created.Location!, new { firstName = "Eve", lastName = "Never" }, created.ETag);

        missing.ExpectProblem(HttpStatusCode.PreconditionRequired, "Api.IfMatchRequired");
        stale.ExpectProblem(HttpStatusCode.PreconditionFailed, "Error.Conflict");
        Assert.Equal("Later", stale["current.lastName"]);
        Assert.Equal(changed.ETag, stale.ETag);
    }

    [Fact]
    public async Task Contacts_GuestWithDealShareOnly_SeesNoContacts()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var deal = await host.NewDealAsync(DemoTenant.Megan, account.Id);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Edit, deal.Id);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var pat = host.ClientFor(DemoTenant.Pat);
        var contact = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/contacts", new { firstName = "Hidden", lastName = "Person" })).Expect(HttpStatusCode.Created);

        var list = (await pat.GetAsync($"/api/v1/accounts/{account.Id}/contacts")).Expect(HttpStatusCode.OK);
        var one = await pat.GetAsync(contact.Location!);
        var create = await pat.PostAsync($"/api/v1/accounts/{account.Id}/contacts", new { firstName = "Pat", lastName = "Made" });

        Assert.Empty(list.Json["items"]!.AsArray());
        one.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        create.ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
    }
}
