namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>The CRM bot, driven through the real Agents Playground's HTTP and WebSocket API against the seeded demo tenant.</summary>
public sealed class BotConversationTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string PersonalChat = DemoUsers.PersonalChat;
    private const string Channel = "19:contoso-account@thread.tacv2";

    private readonly PlaygroundChat _chat = new(playground);

    [Fact]
    public async Task Install_PersonalChat_WelcomedExactlyOnce()
    {
        using var response = await playground.Playground.PostAsync($"/_debug/conversation/{PersonalChat}/installation", System.Net.Http.Json.JsonContent.Create(new JsonObject()));
        Assert.True(response.IsSuccessStatusCode, playground.Diagnostics);

        await _chat.WaitForBotAsync(m => BotCards.Json(m).Contains("Welcome to the CRM bot", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Single(playground.Stream.Messages(PersonalChat, m => BotCards.Json(m).Contains("Welcome to the CRM bot", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Message_ShowAccount_RepliesWithCustomerCard()
    {
        var since = _chat.Mark();
        await _chat.MeganTypesAsync("show Contoso");

        var reply = await _chat.WaitForBotAsync(m => BotCards.Json(m).Contains("Contoso Renewal", StringComparison.Ordinal), since);
        Assert.Contains("\"version\":\"1.5\"", BotCards.Json(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_GermanShowAccount_RepliesInGerman()
    {
        // A German Teams client says de-DE; the Playground's UI and message API always say en-US.
        var since = _chat.Mark();
        await _chat.SendAsync(DemoUsers.Megan, "zeig mir Müller Maschinenbau", "de-DE");

        var reply = await _chat.WaitForBotAsync(m => BotCards.Says(m, "Müller Maschinenbau GmbH"), since);
        Assert.True(BotCards.Says(reply, "Kontakte"), BotCards.Text(reply));
    }

    [Fact]
    public async Task ActionExecuteHelp_PersonalChat_CardInInvokeResponse()
    {
        var messageId = await _chat.MeganTypesAsync("hilfe");

        var response = await _chat.InvokeInAsync(PersonalChat, DemoUsers.Megan, messageId, "help", []);

        Assert.Equal("application/vnd.microsoft.card.adaptive", response.GetProperty("type").GetString());
        var card = response.GetProperty("value");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Contains("What I can do", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMessage_BotMentioned_RepliesInThatChannel()
    {
        var since = _chat.Mark();
        await _chat.MeganTypesInAsync(Channel, "my deals");

        var reply = await playground.Stream.WaitForPostAsync(Channel, m => BotCards.Sender(m) == DemoUsers.BotId, PlaygroundChat.Timeout, since, includeUpdates: false);
        Assert.StartsWith(Channel + ";messageid=", PlaygroundStream.ConversationId(reply), StringComparison.Ordinal);
    }
}
