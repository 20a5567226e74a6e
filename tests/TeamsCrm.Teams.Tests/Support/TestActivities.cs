namespace TeamsCrm.Teams.Tests.Support;

/// <summary>Teams-shaped activity JSON for tests.</summary>
internal static class TestActivities
{
    public const string BotId = "28:" + TestTokens.AppId;
    public const string UserId = "29:1megan-bowen";
    public const string UserAadObjectId = "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e01";
    public const string PersonalConversationId = "a:1personal-chat-megan";

    public static JsonObject Message(string text = "hello", string? id = null, string serviceUrl = TestTokens.ServiceUrl, string channelId = "msteams", string locale = "en-US") => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-30T10:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Megan Bowen", ["aadObjectId"] = UserAadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CRM" },
        ["conversation"] = new JsonObject { ["id"] = PersonalConversationId, ["conversationType"] = "personal", ["tenantId"] = TestTokens.TenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TestTokens.TenantId } },
        ["locale"] = locale,
        ["text"] = text,
    };

    public static JsonObject Invoke(string name, JsonNode? value, string? id = null)
    {
        var activity = Message(id: id);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["value"] = value;
        activity.Remove("text");
        return activity;
    }

    public static JsonObject CardAction(string verb, string? id = null, string trigger = "manual") =>
        Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject() },
            ["trigger"] = trigger,
        }, id);

    public static JsonObject Install(string action = "add")
    {
        var activity = Message();
        activity["type"] = "installationUpdate";
        activity["action"] = action;
        activity.Remove("text");
        return activity;
    }

    public static JsonObject BotAdded()
    {
        var activity = Message();
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId }, new JsonObject { ["id"] = BotId });
        activity.Remove("text");
        return activity;
    }
}
