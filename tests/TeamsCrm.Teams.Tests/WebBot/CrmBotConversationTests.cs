using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Teams.Hosting;
using TeamsCrm.Teams.Routing;
using TeamsCrm.Teams.Tests.Auth;
using TeamsCrm.Teams.Tests.Support;
using TeamsCrm.Web.Bot;

namespace TeamsCrm.Teams.Tests.WebBot;

/// <summary>The CRM bot's first conversation (TeamsCrm.Web/Bot) in English and German, with a valid token.</summary>
public sealed class CrmBotConversationTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    private string Token => BotTestHost.Bearer(TestTokens.Channel(fixture.Server.TeamsKey));

    private Task<BotTestHost> StartAsync() => BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server), configureServices: services =>
    {
        // Only the CRM bot's routes: drop the test host's recording routes.
        services.RemoveAll<BotRouteRegistration>();
        services.AddCrmBot(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
    });

    [Theory]
    [InlineData("en-US", "Here is what I understand")]
    [InlineData("de-DE", "Das verstehe ich")]
    [InlineData("de-AT", "Das verstehe ich")]
    [InlineData("fr-FR", "Here is what I understand")]
    public async Task Message_Locale_HelpTextInLanguage(string locale, string expected)
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync(TestActivities.Message("hallo", locale: locale), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(host.Connector.Calls).Activity!;
        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal("markdown", reply.TextFormat);
    }

    [Fact]
    public async Task Install_InstallationUpdateThenConversationUpdate_OneWelcome()
    {
        await using var host = await StartAsync();

        using var first = await host.PostAsync(TestActivities.Install(), Token);
        using var second = await host.PostAsync(TestActivities.BotAdded(), Token);

        var welcome = Assert.Single(host.Connector.Calls);
        Assert.Equal("send", welcome.Operation);
        Assert.Contains("CRM bot", welcome.Activity!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_AfterUninstall_WelcomedAgain()
    {
        await using var host = await StartAsync();
        using var install = await host.PostAsync(TestActivities.Install(), Token);

        using var remove = await host.PostAsync(TestActivities.Install("remove"), Token);
        using var reinstall = await host.PostAsync(TestActivities.Install(), Token);

        Assert.Equal(2, host.Connector.Calls.Count);
    }

    [Theory]
    [InlineData("en-US", "What the CRM bot understands")]
    [InlineData("de-DE", "Das versteht der CRM-Bot")]
    public async Task HelpAction_Locale_AdaptiveCard15InLanguage(string locale, string title)
    {
        await using var host = await StartAsync();
        var activity = TestActivities.CardAction("help");
        activity["locale"] = locale;

        using var response = await host.PostAsync(activity, Token);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        var card = body.RootElement.GetProperty("value");
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal(title, card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(4, card.GetProperty("body")[2].GetProperty("facts").GetArrayLength());
    }

    [Fact]
    public void BotTexts_EveryEnglishText_HasGermanTranslation()
    {
        string[] names = ["Welcome", "HelpText", "HelpCardTitle", "HelpCardIntro", "HelpShowAccountTitle", "HelpShowAccountExample", "HelpMyDealsTitle",
            "HelpMyDealsExample", "HelpHandoffTitle", "HelpHandoffExample", "HelpCommentTitle", "HelpCommentExample", "HelpCardButton"];

        Assert.All(names, name => Assert.NotEqual(BotTexts.Get(name, "en-US"), BotTexts.Get(name, "de-DE")));
    }
}
