using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

[Collection(ApiTests.Name)]
public sealed class InteractionApiTests(ApiHost host)
{
    [Fact]
    public async Task Interactions_LogThenList_NewestFirst()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var path = $"/api/v1/accounts/{account.Id}/interactions";
        var contact = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/contacts", new { firstName = "Call", lastName = "Me" })).Expect(HttpStatusCode.Created);

        var older = (await megan.PostAsync(path, new { channel = "Email", direction = "Outbound", summary = "Sent the offer", occurredAt = "2030-01-10T09:00:00Z" }))
            .Expect(HttpStatusCode.Created);
        (await megan.PostAsync(path, new { channel = "Phone", direction = "Inbound", summary = "They called back", occurredAt = "2030-01-12T15:30:00Z", contactId = contact["id"] }))
            .Expect(HttpStatusCode.Created);
        var list = (await megan.GetAsync(path + "?top=1")).Expect(HttpStatusCode.OK);
        var rest = (await megan.GetAsync(list["nextLink"]!)).Expect(HttpStatusCode.OK);

        Assert.Equal(path, older.Location);
        Assert.Equal("They called back", list["items.0.summary"]);
        Assert.Equal(contact["id"], list["items.0.contactId"]);
        Assert.Equal(DemoTenant.Megan.DisplayName, list["items.0.loggedBy.displayName"]);
        Assert.Equal("Sent the offer", rest["items.0.summary"]);
        Assert.Null(rest.Json["nextLink"]);
    }

    [Theory]
    [InlineData("en", "Channel: This field is required.", "Summary: This field is required.")]
    [InlineData("de", "Kanal: Dieses Feld ist erforderlich.", "Zusammenfassung: Dieses Feld ist erforderlich.")]
    public async Task LogInteraction_MissingChannelAndSummary_Returns400WithBoth(string language, string channel, string summary)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan, language);

        var answer = await megan.PostAsync($"/api/v1/accounts/{account.Id}/interactions", new { direction = "Inbound" });

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal(channel, answer["errors.channel.0"]);
        Assert.Equal(summary, answer["errors.summary.0"]);
    }

    [Fact]
    public async Task LogInteraction_UnknownContactOrChannelName_Returns400NamingTheField()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var path = $"/api/v1/accounts/{account.Id}/interactions";

        var contact = await megan.PostAsync(path, new { channel = "Teams", direction = "Outbound", summary = "Chat", contactId = Guid.CreateVersion7().ToString("N") });
        var channel = await megan.PostAsync(path, new { channel = "Pigeon", direction = "Outbound", summary = "Coo" });

        contact.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.NotNull(contact["errors.contactId.0"]);
        channel.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.NotNull(channel["errors.channel.0"]);
        Assert.Empty((await megan.GetAsync(path)).Json["items"]!.AsArray());
    }

    [Fact]
    public async Task Interactions_Guest_SeesNoneAndCannotLog()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Edit);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var pat = host.ClientFor(DemoTenant.Pat);
        (await megan.PostAsync($"/api/v1/accounts/{account.Id}/interactions", new { channel = "Meeting", direction = "Outbound", summary = "Internal pricing talk" }))
            .Expect(HttpStatusCode.Created);

        var list = (await pat.GetAsync($"/api/v1/accounts/{account.Id}/interactions")).Expect(HttpStatusCode.OK);
        var log = await pat.PostAsync($"/api/v1/accounts/{account.Id}/interactions", new { channel = "Email", direction = "Inbound", summary = "Partner note" });

        Assert.Empty(list.Json["items"]!.AsArray());
        Assert.DoesNotContain("pricing", list.Text, StringComparison.Ordinal);
        log.ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
    }
}
