using System.Net.Http.Json;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>The guest's first contact through the Playground: installing the app in their 1:1 chat.</summary>
public sealed partial class GuestPartnerFlowTests
{
    [Fact]
    public async Task Install_GuestAddsTheApp_WelcomedAsAPartnerWithWhatIsShared()
    {
        var since = _chat.Mark();
        using var response = await playground.Playground.PostAsync($"/_debug/conversation/{DemoUsers.PersonalChat}/installation", JsonContent.Create(new JsonObject()));
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}{playground.Diagnostics}");

        // One message with the text and the guest's help card; the Playground (like Teams' list layout) shows the text first.
        var welcome = await _chat.WaitForBotAsync(m => BotCards.Says(m, "Welcome! You work here as a guest of Fabrikam Partners."), since);
        var help = await _chat.WaitForBotAsync(m => BotCards.Json(m).Contains("You see the customers and deals shared with your organisation.", StringComparison.Ordinal), since);

        Assert.True(BotCards.Says(welcome, "Accounts shared with Fabrikam Partners (3): Adventure Works, Fabrikam Inc, Northwind Traders."), BotCards.Text(welcome));
        Assert.True(BotCards.Says(welcome, "You can read and comment, move shared deals through the pipeline and accept handoffs."), BotCards.Text(welcome));
        // Not the members' welcome (their commands), and nothing that is not shared.
        foreach (var message in new[] { welcome, help })
        {
            AssertNoneOf(message, "Ask me about customers, hand off deals", "new lead", "my tasks", "Wingtip", "Contoso Rollout", "Litware");
        }
    }
}
