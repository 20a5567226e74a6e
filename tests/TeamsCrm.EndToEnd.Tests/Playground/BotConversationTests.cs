using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>The bot's first conversation, driven through the real Agents Playground's HTTP and WebSocket API.</summary>
public sealed class BotConversationTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string PersonalChat = "a:1personal-chat-megan";
    private const string Channel = "19:contoso-account@thread.tacv2";
    private const string CurrentUser = "29:1megan-bowen";
    private const string BotId = "28:c0ffee00-0000-4000-8000-00000000b071";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Install_PersonalChat_WelcomedExactlyOnce()
    {
        using var response = await playground.Playground.PostAsync($"/_debug/conversation/{PersonalChat}/installation", JsonContent.Create(new JsonObject()));
        Assert.True(response.IsSuccessStatusCode, playground.Diagnostics);

        await playground.Stream.WaitForMessageAsync(PersonalChat, m => PlaygroundStream.Text(m).Contains("I'm the CRM bot", StringComparison.Ordinal), Timeout);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Single(playground.Stream.Messages(PersonalChat, m => PlaygroundStream.Text(m).Contains("I'm the CRM bot", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Message_PersonalChat_RepliesWithHelp()
    {
        var sent = await SendAsync(PersonalChat, "what can you do?");

        Assert.Equal(HttpStatusCode.OK, sent.Status);
        var reply = await playground.Stream.WaitForMessageAsync(PersonalChat, m => PlaygroundStream.Text(m).Contains("show account Contoso", StringComparison.Ordinal), Timeout);
        Assert.Equal(BotId, PlaygroundStream.Sender(reply));
    }

    [Fact]
    public async Task ActionExecuteHelp_PersonalChat_CardInInvokeResponse()
    {
        var sent = await SendAsync(PersonalChat, "help");
        var invoke = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = PersonalChat },
            ["from"] = new JsonObject { ["id"] = CurrentUser },
            ["replyToId"] = sent.MessageId,
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help", ["data"] = new JsonObject() } },
        };

        using var response = await playground.Playground.PostAsync("/_conversation/v1/invoke", JsonContent.Create(invoke));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body + playground.Diagnostics);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("application/vnd.microsoft.card.adaptive", json.RootElement.GetProperty("type").GetString());
        var card = json.RootElement.GetProperty("value");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("What the CRM bot understands", card.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task ChannelMessage_BotMentioned_RepliesInThatChannel()
    {
        var message = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = CurrentUser },
            ["text"] = "<at>CRM</at> my deals",
            ["textFormat"] = "plain",
            ["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = BotId }, ["text"] = "<at>CRM</at>" }),
        };

        using var response = await playground.Playground.PostAsync($"/_conversation/v1/conversations/{Channel}/messages", JsonContent.Create(message));

        Assert.True(response.IsSuccessStatusCode, playground.Diagnostics);
        var reply = await playground.Stream.WaitForMessageAsync(Channel, m => PlaygroundStream.Text(m).Contains("show account Contoso", StringComparison.Ordinal), Timeout);
        Assert.Equal(BotId, PlaygroundStream.Sender(reply));
        Assert.StartsWith(Channel + ";messageid=", PlaygroundStream.ConversationId(reply), StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string MessageId)> SendAsync(string conversationId, string text)
    {
        using var response = await playground.Playground.PostAsync($"/_conversation/v1/conversations/{conversationId}/messages",
            JsonContent.Create(new JsonObject { ["from"] = new JsonObject { ["id"] = CurrentUser }, ["text"] = text, ["textFormat"] = "plain" }));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (response.StatusCode, body?["messageId"]?.ToString() ?? string.Empty);
    }
}
