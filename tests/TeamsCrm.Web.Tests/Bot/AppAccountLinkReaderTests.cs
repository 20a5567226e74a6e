using TeamsCrm.Web.Bot.MessageExtension;
using TeamsCrm.Web.Hosting;
using TeamsCrm.Web.Tab.Hosting;

namespace TeamsCrm.Web.Tests.Bot;

/// <summary>Which links name an account: the tab's account page on the app's own address, and this app's Teams deep links as the cards write them.</summary>
public sealed class AppAccountLinkReaderTests
{
    private const string AppId = "6e1c9a8b-2f3d-4e5a-9b7c-0d1e2f3a4b5c";
    private const string AccountId = "0193a1b2c3d47e5f8a9b0c1d2e3f4a5b";

    private static readonly AppOptions App = new() { PublicBaseUrl = new Uri("https://crm.contoso.example"), TeamsAppId = AppId };

    [Theory]
    [InlineData("https://crm.contoso.example/tab/accounts/" + AccountId)]
    [InlineData("https://CRM.contoso.example/tab/accounts/" + AccountId + "/?theme=dark")]
    [InlineData("https://crm.contoso.example/tab/accounts/" + AccountId + "#deals")]
    public void AccountIdOf_TabAccountPage_TheAccountId(string link) =>
        Assert.Equal(AccountId, Reader().AccountIdOf(new Uri(link)));

    [Fact]
    public void AccountIdOf_DeepLinksTheCardsWrite_TheAccountId()
    {
        var links = new TeamsAccountPageLinks(Options.Create(App));

        var personal = links.PageOf("tenant", AccountId)!;
        var channel = links.PageOf("tenant", AccountId, new TeamsCrm.Core.CustomerCards.AccountPagePlace("19:abc@thread.tacv2", "tab-7"))!;

        Assert.Equal(AccountId, Reader().AccountIdOf(personal));
        Assert.Equal(AccountId, Reader().AccountIdOf(channel));
    }

    [Theory]
    [InlineData("https://other.example/tab/accounts/" + AccountId)]
    [InlineData("http://crm.contoso.example/tab/accounts/" + AccountId)]
    [InlineData("https://crm.contoso.example/tab/accounts/")]
    [InlineData("https://crm.contoso.example/tab/accounts/a/b")]
    [InlineData("https://crm.contoso.example/tab/me")]
    [InlineData("https://teams.microsoft.com/l/entity/00000000-0000-0000-0000-000000000000/my-crm?context=%7B%22subEntityId%22%3A%22account%3Ax%22%7D")]
    [InlineData("https://teams.microsoft.com/l/entity/" + AppId + "/my-crm?context=%7B%22subEntityId%22%3A%22deal%3Ax%22%7D")]
    [InlineData("https://teams.microsoft.com/l/entity/" + AppId + "/my-crm?context=not-json")]
    [InlineData("https://teams.microsoft.com/l/entity/" + AppId + "/my-crm?context=%5B1%5D")]
    [InlineData("https://teams.microsoft.com/l/entity/" + AppId + "/my-crm")]
    [InlineData("https://evil.example/l/entity/" + AppId + "/my-crm?context=%7B%22subEntityId%22%3A%22account%3Ax%22%7D")]
    public void AccountIdOf_AnyOtherLink_Null(string link) =>
        Assert.Null(Reader().AccountIdOf(new Uri(link)));

    [Fact]
    public void AccountIdOf_NoTeamsAppId_DeepLinksNameNothing()
    {
        var reader = new AppAccountLinkReader(Options.Create(new AppOptions { PublicBaseUrl = App.PublicBaseUrl }));
        var deepLink = new TeamsAccountPageLinks(Options.Create(App)).PageOf("tenant", AccountId)!;

        Assert.Null(reader.AccountIdOf(deepLink));
    }

    private static AppAccountLinkReader Reader() => new(Options.Create(App));
}
