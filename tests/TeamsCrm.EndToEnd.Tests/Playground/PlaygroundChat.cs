using System.Net.Http.Json;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// Talks to the bot in the Playground's personal chat as the demo people would from their Teams clients, and
/// reads the bot's answers from the WebSocket stream. Megan is the Playground's own user; anyone else (and
/// anyone in another locale) speaks through a hand-made activity built from the Playground's template, in the
/// same chat, so the bot's answers and notifications to them are visible there too.
/// </summary>
internal sealed class PlaygroundChat(PlaygroundFixture playground)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private const string Chat = DemoUsers.PersonalChat;

    /// <summary>A mark in the stream: pass it as "since" to look only at what the bot posted afterwards.</summary>
    public int Mark() => playground.Stream.Count;

    /// <summary>Megan types in her chat, exactly as the Playground's UI sends it (always en-US); the message id.</summary>
    public Task<string> MeganTypesAsync(string text) => MeganTypesInAsync(Chat, text);

    /// <summary>Megan types in a conversation; in a group chat or channel she @mentions the bot first, or it would never hear her.</summary>
    public Task<string> MeganTypesInAsync(string conversationId, string text) => TypesInAsync(DemoUsers.Megan, conversationId, text);

    /// <summary>The Playground's current user (Megan, or whoever the fixture's configuration names) types in the personal chat.</summary>
    public Task<string> CurrentUserTypesAsync(TeamsUser currentUser, string text) => TypesInAsync(currentUser, Chat, text);

    private async Task<string> TypesInAsync(TeamsUser currentUser, string conversationId, string text)
    {
        var message = new JsonObject { ["from"] = new JsonObject { ["id"] = currentUser.Id }, ["text"] = text, ["textFormat"] = "plain" };
        if (conversationId != Chat)
        {
            message["text"] = "<at>CRM</at> " + text;
            message["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = DemoUsers.BotId }, ["text"] = "<at>CRM</at>" });
        }

        using var response = await playground.Playground.PostAsync($"/_conversation/v1/conversations/{conversationId}/messages", JsonContent.Create(message));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body + playground.Diagnostics);
        return JsonNode.Parse(body)?["messageId"]?.ToString() ?? string.Empty;
    }

    /// <summary>
    /// A message from <paramref name="from"/> as their Teams client sends it: their locale (clientInfo too) and a real
    /// Teams mention entity for each mentioned person, whose "&lt;at&gt;Name&lt;/at&gt;" tag the text must contain.
    /// </summary>
    public Task SendAsync(TeamsUser from, string text, string? locale = null, params TeamsUser[] mentioned) =>
        SendAsync(from, text, locale, mentionObjectIds: true, mentioned);

    /// <param name="from"></param>

    /// <param name="text"></param>
    /// <param name="locale"></param>    /// <param name="mentionObjectIds">
    /// Whether the mention entities also carry the Entra object id; without, they are exactly what the Playground's own
    /// client builds ({type, text, mentioned:{id, name}}).
    /// </param>
    /// <param name="mentioned"></param>
    public async Task SendAsync(TeamsUser from, string text, string? locale, bool mentionObjectIds, params TeamsUser[] mentioned)
    {
        var activity = await TemplateAsync(from, locale);
        activity["type"] = "message";
        activity["text"] = text;
        activity["textFormat"] = "plain";
        var entities = activity["entities"] as JsonArray ?? [];
        foreach (var person in mentioned)
        {
            Assert.Contains(person.AtTag, text, StringComparison.Ordinal);
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = person.AtTag,
                ["mentioned"] = mentionObjectIds
                    ? new JsonObject { ["id"] = person.Id, ["name"] = person.Name, ["aadObjectId"] = person.AadObjectId }
                    : new JsonObject { ["id"] = person.Id, ["name"] = person.Name },
            });
        }

        activity["entities"] = entities;
        await PostCustomAsync(activity);
    }

    /// <summary>
    /// Clicks an Action.Execute button through the Playground (its invoke API, which always says en-US, as its UI does):
    /// the bot's invoke response body, e.g. {type:"application/vnd.microsoft.card.adaptive", value:card}.
    /// </summary>
    public Task<JsonElement> InvokeAsync(TeamsUser from, JsonElement cardMessage, string verb, JsonObject data) =>
        InvokeInAsync(Chat, from, MessageId(cardMessage), verb, data);

    /// <summary>Like <see cref="InvokeAsync"/>, on a bot message of another conversation (the group chat has all demo users).</summary>
    public async Task<JsonElement> InvokeInAsync(string conversationId, TeamsUser from, string replyToId, string verb, JsonObject data)
    {
        var invoke = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = from.Id },
            ["replyToId"] = replyToId,
            ["value"] = ExecuteValue(verb, data),
        };
        using var response = await playground.Playground.PostAsync("/_conversation/v1/invoke", JsonContent.Create(invoke));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {body}{playground.Diagnostics}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    /// <summary>
    /// Clicks an Action.Execute button as a client in <paramref name="locale"/> would send it (the Playground's own invoke
    /// API always says en-US). The invoke response goes back to the Playground, not to the test: read the outcome from
    /// storage and from the notifications in the stream.
    /// </summary>
    public async Task SendInvokeAsync(TeamsUser from, JsonElement cardMessage, string verb, JsonObject data, string locale)
    {
        var activity = await TemplateAsync(from, locale);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity.Remove("textFormat");
        activity["replyToId"] = MessageId(cardMessage);
        activity["value"] = ExecuteValue(verb, data);
        await PostCustomAsync(activity);
    }

    /// <summary>The first message (with <paramref name="includeUpdates"/> also in-place update) the bot posted in the chat since the mark that matches.</summary>
    public Task<JsonElement> WaitForBotAsync(Func<JsonElement, bool> match, int since = 0, bool includeUpdates = false) =>
        WaitForBotInAsync(Chat, match, since, includeUpdates);

    public async Task<JsonElement> WaitForBotInAsync(string conversationId, Func<JsonElement, bool> match, int since = 0, bool includeUpdates = false)
    {
        try
        {
            var frame = await playground.Stream.WaitForPostAsync(conversationId, m => BotCards.Sender(m) == DemoUsers.BotId && match(m), Timeout, since, includeUpdates);
            return frame.GetProperty("message");
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + playground.Diagnostics, ex);
        }
    }

    /// <summary>
    /// <paramref name="sender"/> hands a deal to Megan by chat; Megan must have spoken to the bot before (her 1:1
    /// conversation is then known). The recipient's offer card: the bot's message with an accept button for the deal.
    /// </summary>
    public async Task<JsonElement> HandOffToMeganAsync(TeamsUser sender, string text, string dealTitle, string? locale = null)
    {
        var since = Mark();
        await SendAsync(sender, text, locale);
        return await WaitForBotAsync(m => BotCards.Json(m).Contains("\"handoff.accept\"", StringComparison.Ordinal) && BotCards.Text(m).Contains(dealTitle, StringComparison.Ordinal), since);
    }

    public static string MessageId(JsonElement message) => message.GetProperty("messageId").GetString() ?? string.Empty;

    private static JsonObject ExecuteValue(string verb, JsonObject data) =>
        new() { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() }, ["trigger"] = "manual" };

    private async Task<JsonObject> TemplateAsync(TeamsUser from, string? locale)
    {
        var activity = await playground.Playground.GetFromJsonAsync<JsonObject>($"/_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(Chat)}")
            ?? throw new InvalidOperationException("No activity template.");
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId };
        if (locale is not null)
        {
            activity["locale"] = locale;
            foreach (var entity in (activity["entities"] as JsonArray ?? []).OfType<JsonObject>().Where(e => (string?)e["type"] == "clientInfo"))
            {
                entity["locale"] = locale;
            }
        }

        return activity;
    }

    private async Task PostCustomAsync(JsonObject activity)
    {
        using var response = await playground.Playground.PostAsync("/_internal/v1/customActivities", JsonContent.Create(activity));
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}{playground.Diagnostics}");
    }
}

/// <summary>Reads the bot's messages: their Adaptive Cards as JSON and as text, and the cards' Action.Execute buttons.</summary>
internal static class BotCards
{
    public static string Sender(JsonElement message) =>
        message.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var id) ? id.GetString() ?? string.Empty : string.Empty;

    /// <summary>The message's cards as JSON text (empty when it has none).</summary>
    public static string Json(JsonElement message) =>
        message.TryGetProperty("attachments", out var attachments) ? attachments.GetRawText() : string.Empty;

    /// <summary>Every string in the message (its text and its cards), unescaped, one per line: what a reader could see, and the data.</summary>
    public static string Text(JsonElement message)
    {
        var strings = new List<string>();
        if (message.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
        {
            strings.Add(text.GetString()!);
        }

        if (message.TryGetProperty("attachments", out var attachments))
        {
            Collect(attachments, strings);
        }

        return string.Join('\n', strings);
    }

    /// <summary>Whether the message (text or cards) contains every one of these texts.</summary>
    public static bool Says(JsonElement message, params string[] texts)
    {
        var all = Text(message);
        return texts.All(t => all.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>Whether two stream messages are the same chat message (an in-place update keeps the id).</summary>
    public static bool SameMessage(JsonElement message, JsonElement other) => PlaygroundChat.MessageId(message) == PlaygroundChat.MessageId(other);

    /// <summary>The text of an invoke response: its card's strings, or its message.</summary>
    public static string InvokeText(JsonElement response)
    {
        var strings = new List<string>();
        Collect(response, strings);
        return string.Join('\n', strings);
    }

    /// <summary>The Action.Execute button with this verb anywhere in a message's cards or an invoke response's card (ShowCard sub-cards included).</summary>
    public static JsonObject Action(JsonElement messageOrCard, string verb) =>
        FindAction(JsonNode.Parse(messageOrCard.GetRawText()) ?? new JsonObject(), verb)
            ?? throw new InvalidOperationException($"No {verb} action in {messageOrCard.GetRawText()}");

    /// <summary>The data an Action.Execute button sends, with the card's input values merged in (as Teams does).</summary>
    public static JsonObject ActionData(JsonElement messageOrCard, string verb, params (string Input, string Value)[] inputs)
    {
        var data = Action(messageOrCard, verb)["data"]?.DeepClone() as JsonObject ?? [];
        foreach (var (input, value) in inputs)
        {
            data[input] = value;
        }

        return data;
    }

    /// <summary>Whether a message's cards or an invoke response's card have an input with this id (ShowCard sub-cards included).</summary>
    public static bool HasInput(JsonElement messageOrCard, string id) => HasInput(JsonNode.Parse(messageOrCard.GetRawText()), id);

    private static bool HasInput(JsonNode? node, string id) => node switch
    {
        JsonObject o when (string?)o["id"] == id && ((string?)o["type"] ?? string.Empty).StartsWith("Input.", StringComparison.Ordinal) => true,
        JsonObject o => o.Any(p => HasInput(p.Value, id)),
        JsonArray a => a.Any(n => HasInput(n, id)),
        _ => false,
    };

    private static JsonObject? FindAction(JsonNode node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb && (string?)o["type"] == "Action.Execute" => o,
        JsonObject o => o.Select(p => p.Value is null ? null : FindAction(p.Value, verb)).FirstOrDefault(a => a is not null),
        JsonArray a => a.Select(n => n is null ? null : FindAction(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
        }
    }
}
