using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>The CRM bot, driven through the real Agents Playground's HTTP and WebSocket API against the seeded demo tenant.</summary>
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

        await playground.Stream.WaitForMessageAsync(PersonalChat, m => Card(m).Contains("Welcome to the CRM bot", StringComparison.Ordinal), Timeout);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Single(playground.Stream.Messages(PersonalChat, m => Card(m).Contains("Welcome to the CRM bot", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Message_ShowAccount_RepliesWithCustomerCard()
    {
        var sent = await SendAsync(PersonalChat, "show Contoso");

        Assert.Equal(HttpStatusCode.OK, sent.Status);
        var reply = await playground.Stream.WaitForMessageAsync(PersonalChat, m => Card(m).Contains("Contoso Renewal", StringComparison.Ordinal), Timeout);
        Assert.Equal(BotId, PlaygroundStream.Sender(reply));
        Assert.Contains("\"version\":\"1.5\"", Card(reply.GetProperty("message")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_GermanShowAccount_RepliesInGerman()
    {
        var status = await SendCustomAsync(PersonalChat, "zeig mir Müller Maschinenbau", "de-DE");

        Assert.True(status == HttpStatusCode.OK || status == HttpStatusCode.Created || status == HttpStatusCode.Accepted, status + playground.Diagnostics);
        var reply = await playground.Stream.WaitForMessageAsync(PersonalChat, m => Card(m).Contains("Müller Maschinenbau GmbH", StringComparison.Ordinal), Timeout);
        Assert.Contains("Kontakte", Card(reply.GetProperty("message")), StringComparison.Ordinal);
        Assert.Equal(BotId, PlaygroundStream.Sender(reply));
    }

    [Fact]
    public async Task ActionExecuteHelp_PersonalChat_CardInInvokeResponse()
    {
        var sent = await SendAsync(PersonalChat, "hilfe");
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
        Assert.Contains("What I can do", card.GetRawText(), StringComparison.Ordinal);
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
        var reply = await playground.Stream.WaitForMessageAsync(Channel, m => m.GetProperty("from").GetProperty("id").GetString() == BotId, Timeout);
        Assert.Equal(BotId, PlaygroundStream.Sender(reply));
        Assert.StartsWith(Channel + ";messageid=", PlaygroundStream.ConversationId(reply), StringComparison.Ordinal);
    }

    /// <summary>
    /// Sends a hand-made message activity (the Playground's own template) with another locale: its UI and
    /// message API always say en-US, a German Teams client says de-DE.
    /// </summary>
    private async Task<HttpStatusCode> SendCustomAsync(string conversationId, string text, string locale)
    {
        var template = await playground.Playground.GetFromJsonAsync<JsonObject>($"/_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}")
            ?? throw new InvalidOperationException("No activity template.");
        template["type"] = "message";
        template["text"] = text;
        template["locale"] = locale;
        template["id"] = Guid.NewGuid().ToString("N");
        foreach (var entity in (template["entities"] as JsonArray ?? []).OfType<JsonObject>().Where(e => (string?)e["type"] == "clientInfo"))
        {
            entity["locale"] = locale;
        }

        using var response = await playground.Playground.PostAsync("/_internal/v1/customActivities", JsonContent.Create(template));
        return response.StatusCode;
    }

    /// <summary>The message's cards as JSON text (empty when it has none).</summary>
    private static string Card(JsonElement message) =>
        message.TryGetProperty("attachments", out var attachments) ? attachments.GetRawText() : string.Empty;

    private async Task<(HttpStatusCode Status, string MessageId)> SendAsync(string conversationId, string text, string? locale = null)
    {
        var message = new JsonObject { ["from"] = new JsonObject { ["id"] = CurrentUser }, ["text"] = text, ["textFormat"] = "plain" };
        if (locale is not null)
        {
            message["locale"] = locale;
        }

        using var response = await playground.Playground.PostAsync($"/_conversation/v1/conversations/{conversationId}/messages", JsonContent.Create(message));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (response.StatusCode, body?["messageId"]?.ToString() ?? string.Empty);
    }
}
