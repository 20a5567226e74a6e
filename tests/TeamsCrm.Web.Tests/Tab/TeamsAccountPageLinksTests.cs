using System.Text.Json;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Web.Hosting;
using TeamsCrm.Web.Tab.Hosting;

namespace TeamsCrm.Web.Tests.Tab;

/// <summary>
/// The Teams deep link of "Open in Teams tab": the channel tab configured for the account when the card is in that
/// channel, else the personal tab, both with the account as the sub-entity (the documented deep link to a tab).
/// </summary>
public sealed class TeamsAccountPageLinksTests
{
    private const string AppId = "6f3b2a10-8c4d-4e5f-9a6b-7c8d9e0f1a2b";

    [Fact]
    public void For_TeamsAppIdSet_DeepLinkToThePersonalTabWithTheAccount()
    {
        var links = new TeamsAccountPageLinks(Options.Create(new AppOptions { TeamsAppId = AppId, PublicBaseUrl = new Uri("https://crm.example/") }));

        var link = links.PageOf(DemoTenant.TenantId, "0190f5c2aa")!;

        Assert.Equal(
            $"https://teams.microsoft.com/l/entity/{AppId}/my-crm?webUrl=https%3A%2F%2Fcrm.example%2Ftab%2Faccounts%2F0190f5c2aa"
            + "&context=%7B%22subEntityId%22%3A%22account%3A0190f5c2aa%22%7D",
            link.AbsoluteUri);
    }

    [Fact]
    public void For_ChannelWithTheAccountsTab_DeepLinkToThatChannelTab()
    {
        var links = new TeamsAccountPageLinks(Options.Create(new AppOptions { TeamsAppId = AppId, PublicBaseUrl = new Uri("https://crm.example/") }));
        const string Channel = "19:9a1b2c3d4e5f@thread.tacv2";

        var link = links.PageOf(DemoTenant.TenantId, "0190f5c2aa", new AccountPagePlace(Channel, "0190f5c2aa"))!;
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var context = JsonSerializer.Deserialize<Dictionary<string, string>>(query["context"]!)!;

        Assert.Equal($"https://teams.microsoft.com/l/entity/{AppId}/0190f5c2aa", link.GetLeftPart(UriPartial.Path));
        Assert.Equal(new Dictionary<string, string> { ["subEntityId"] = "account:0190f5c2aa", ["channelId"] = Channel }, context);
        Assert.Equal("https://crm.example/tab/accounts/0190f5c2aa", query["webUrl"]);
        Assert.Contains("context=%7B%22subEntityId%22%3A%22account%3A0190f5c2aa%22%2C%22channelId%22%3A%2219%3A9a1b2c3d4e5f%40thread.tacv2%22%7D", link.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NoTeamsAppIdInAChannel_NoLink()
    {
        var links = new TeamsAccountPageLinks(Options.Create(new AppOptions { PublicBaseUrl = new Uri("https://crm.example/") }));

        Assert.Null(links.PageOf(DemoTenant.TenantId, "0190f5c2aa", new AccountPagePlace("19:x@thread.tacv2", "0190f5c2aa")));
    }

    [Fact]
    public void For_NoTeamsAppId_NoLink()
    {
        var links = new TeamsAccountPageLinks(Options.Create(new AppOptions { PublicBaseUrl = new Uri("https://crm.example/") }));

        Assert.Null(links.PageOf(DemoTenant.TenantId, "0190f5c2aa"));
    }

    [Fact]
    public void Start_TeamsAppIdNotAGuid_RefusesToStart()
    {
        using var factory = new CrmWebFactory(new Dictionary<string, string?> { ["App:TeamsAppId"] = "my-app" });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("App:TeamsAppId", error.Message, StringComparison.Ordinal);
    }
}
