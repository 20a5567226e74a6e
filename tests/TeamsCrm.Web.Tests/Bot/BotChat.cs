using System.Net.Http.Json;

namespace TeamsCrm.Web.Tests.Bot;

/// <summary>
/// Teams-shaped activities from the demo tenant's people to the real bot endpoint (Development, anonymous), whose
/// replies and proactive messages go to a <see cref="LoopbackConnector"/>.
/// </summary>
internal sealed class BotChat(HttpClient client, LoopbackConnector connector)
{
    public const string BotId = "28:teamscrm-bot";
    public const string Channel = "19:deal-desk@thread.tacv2";

    public LoopbackConnector Connector => connector;

    /// <summary>A message in a 1:1 chat; returns the bot's replies to it once the turn has answered.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> SayAsync(Caller from, string chat, string text, string locale = "en-US")
    {
        var activity = Activity("message", from, chat, "personal", locale);
        activity["text"] = text;
        return await PostMessageAsync(activity, chat);
    }

    /// <summary>A message in the channel that mentions the bot; returns the bot's replies into the channel.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> SayInChannelAsync(Caller from, string text, string locale = "en-US")
    {
        var thread = Channel + ";messageid=" + Guid.NewGuid().ToString("N")[..8];
        var activity = Activity("message", from, thread, "channel", locale);
        activity["text"] = "<at>CRM</at> " + text;
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>CRM</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "CRM" } });
        return await PostMessageAsync(activity, thread);
    }

    /// <summary>A message in a group chat (or meeting chat: Teams says "groupChat" for both) that mentions the bot; returns the bot's replies there.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> SayInGroupChatAsync(Caller from, string groupChat, string text, string locale = "en-US")
    {
        var activity = Activity("message", from, groupChat, "groupChat", locale);
        activity["text"] = "<at>CRM</at> " + text;
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>CRM</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "CRM" } });
        return await PostMessageAsync(activity, groupChat);
    }

    /// <summary>An Action.Submit fallback clicked in a group chat; returns the bot's replies there.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> SubmitInGroupChatAsync(Caller from, string groupChat, string verb, JsonObject data, string locale = "en-US")
    {
        var activity = Activity("message", from, groupChat, "groupChat", locale);
        var value = (JsonObject)data.DeepClone();
        value["verb"] = verb;
        activity["value"] = value;
        activity["replyToId"] = "card-" + Guid.NewGuid().ToString("N")[..8];
        return await PostMessageAsync(activity, groupChat);
    }

    /// <summary>
    /// An Action.Submit fallback clicked in the channel (a message whose value carries the verb and the data); returns
    /// the bot's replies into the channel.
    /// </summary>
    public Task<IReadOnlyList<ConnectorCall>> SubmitInChannelAsync(Caller from, string verb, JsonObject data, string locale = "en-US") =>
        SubmitAsync(from, Channel + ";messageid=" + Guid.NewGuid().ToString("N")[..8], verb, data, locale);

    /// <summary>An Action.Submit fallback clicked in <paramref name="conversationId"/>; returns the bot's replies there.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> SubmitAsync(Caller from, string conversationId, string verb, JsonObject data, string locale = "en-US")
    {
        var type = conversationId.StartsWith("19:", StringComparison.Ordinal) ? "channel" : "personal";
        var activity = Activity("message", from, conversationId, type, locale);
        var value = (JsonObject)data.DeepClone();
        value["verb"] = verb;
        activity["value"] = value;
        activity["replyToId"] = "card-" + Guid.NewGuid().ToString("N")[..8];
        return await PostMessageAsync(activity, conversationId);
    }

    /// <summary>
    /// Action.Execute on the card of message <paramref name="cardActivityId"/>; returns the invoke response's card or
    /// message, or null for an empty answer (a redelivery of <paramref name="activityId"/>).
    /// </summary>
    public async Task<JsonNode?> ClickAsync(Caller from, string conversationId, string cardActivityId, string verb, JsonObject data, string locale = "en-US", string? activityId = null)
    {
        var type = conversationId.StartsWith("19:", StringComparison.Ordinal) ? "channel" : "personal";
        var activity = Activity("invoke", from, conversationId, type, locale);
        activity["id"] = activityId ?? activity["id"]!.GetValue<string>();
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = cardActivityId;
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() }, ["trigger"] = "manual" };
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text)!["value"];
    }

    /// <summary>The data of the first Action.Execute with <paramref name="verb"/> in a sent card.</summary>
    public static JsonObject ActionData(ConnectorCall call, string verb) =>
        (JsonObject)(Find(call.Body, verb) ?? throw new InvalidOperationException($"No {verb} in {call}"))["data"]!.DeepClone();

    private async Task<IReadOnlyList<ConnectorCall>> PostMessageAsync(JsonObject activity, string conversationId)
    {
        var before = connector.Calls.Count;
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = activity["id"]!.GetValue<string>();
        await connector.WaitForAsync(calls => calls.Any(c => c.Operation == "reply" && c.ActivityId == id), $"a reply to {id}");
        return connector.Calls.Skip(before).Where(c => c.Operation == "reply" && c.ConversationId == conversationId && c.ActivityId == id).ToList();
    }

    private JsonObject Activity(string type, Caller from, string conversationId, string conversationType, string locale)
    {
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoTenant.TenantId } };
        if (conversationType == "channel")
        {
            channelData["team"] = new JsonObject { ["id"] = "19:sales-team@thread.tacv2" };
            channelData["channel"] = new JsonObject { ["id"] = Channel };
        }

        return new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-30T10:00:00.000Z",
            ["serviceUrl"] = connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:" + from.UserId, ["name"] = from.DisplayName, ["aadObjectId"] = from.UserId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CRM" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["isGroup"] = conversationType != "personal", ["tenantId"] = DemoTenant.TenantId },
            ["channelData"] = channelData,
            ["locale"] = locale,
        };
    }

    private static JsonObject? Find(JsonNode? node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb && (string?)o["type"] == "Action.Execute" => o,
        JsonObject o => o.Select(p => Find(p.Value, verb)).FirstOrDefault(a => a is not null),
        JsonArray a => a.Select(n => Find(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
