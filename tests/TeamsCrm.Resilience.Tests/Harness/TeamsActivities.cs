namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>
/// Activities as the Bot Connector posts them for a demo member in their 1:1 chat with the bot: a card action
/// (adaptiveCard/action invoke, "manual") or a message, in the member's language. Each gets a new activity id unless
/// one is given (a redelivery repeats the id).
/// </summary>
internal static class TeamsActivities
{
    public static string PersonalConversationId(DemoPerson person) => "a:personal-" + person.AadObjectId;

    public static JsonObject CardAction(DemoPerson person, string verb, JsonObject data, string locale = "en-US") =>
        Envelope(person, "invoke", locale, activity =>
        {
            activity["name"] = "adaptiveCard/action";
            activity["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
                ["trigger"] = "manual",
            };
        });

    public static JsonObject Message(DemoPerson person, string text, string locale = "en-US") =>
        Envelope(person, "message", locale, activity =>
        {
            activity["text"] = text;
            activity["textFormat"] = "plain";
        });

    private static JsonObject Envelope(DemoPerson person, string type, string locale, Action<JsonObject> complete)
    {
        var now = DateTimeOffset.UtcNow;
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "f:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = person.TeamsId, ["name"] = person.Name, ["aadObjectId"] = person.AadObjectId },
            ["conversation"] = new JsonObject
            {
                ["conversationType"] = "personal",
                ["tenantId"] = DemoPeople.TenantId,
                ["id"] = PersonalConversationId(person),
            },
            ["recipient"] = new JsonObject { ["id"] = "28:" + AppProcess.AppId, ["name"] = "CRM" },
            ["locale"] = locale,
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "clientInfo",
                ["locale"] = locale,
                ["country"] = "DE",
                ["platform"] = "Web",
                ["timezone"] = "Europe/Berlin",
            }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoPeople.TenantId } },
        };
        complete(activity);
        return activity;
    }
}
