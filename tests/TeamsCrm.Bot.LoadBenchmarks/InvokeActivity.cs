namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// The body the Bot Connector posts to /api/messages when a Teams user clicks an Action.Execute (or the
/// client refreshes a card): an "adaptiveCard/action" invoke. Every activity gets a new id, so the app's
/// deduplication claims each one instead of short-circuiting.
/// </summary>
internal static class InvokeActivity
{
    public static byte[] Create(CardClick click, DemoPerson person, TeamsConversation conversation, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(click);
        var activity = Envelope("invoke", person, conversation, serviceUrl);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = click.Verb, ["data"] = click.Data.DeepClone() },
            ["trigger"] = click.Trigger,
        };
        return JsonSerializer.SerializeToUtf8Bytes(activity);
    }

    /// <summary>What every activity from Teams carries: a new id, the time, the sender, the conversation, the client's locale (en-US).</summary>
    public static JsonObject Envelope(string type, DemoPerson person, TeamsConversation conversation, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(conversation);
        var now = DateTimeOffset.UtcNow;
        var channelData = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = DemoPeople.TenantId },
            ["source"] = new JsonObject { ["name"] = "message" },
        };
        var conversationJson = new JsonObject
        {
            ["conversationType"] = conversation.Type,
            ["tenantId"] = DemoPeople.TenantId,
            ["id"] = conversation.Id,
        };
        if (conversation.ChannelId is { } channelId)
        {
            conversationJson["isGroup"] = true;
            channelData["teamsChannelId"] = channelId;
            channelData["teamsTeamId"] = TeamsConversation.TeamId;
            channelData["channel"] = new JsonObject { ["id"] = channelId };
            channelData["team"] = new JsonObject { ["id"] = TeamsConversation.TeamId };
        }

        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "f:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["localTimestamp"] = now.ToOffset(TimeSpan.FromHours(1)).ToString("O", CultureInfo.InvariantCulture),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = person.TeamsId, ["name"] = person.Name, ["aadObjectId"] = person.AadObjectId },
            ["conversation"] = conversationJson,
            ["recipient"] = new JsonObject { ["id"] = "28:" + AppProcess.AppId, ["name"] = "CRM" },
            ["locale"] = "en-US",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "clientInfo",
                ["locale"] = "en-US",
                ["country"] = "US",
                ["platform"] = "Web",
                ["timezone"] = "Europe/Berlin",
            }),
            ["channelData"] = channelData,
        };
        if (conversation.ReplyToId is { } replyToId)
        {
            activity["replyToId"] = replyToId;
        }

        return activity;
    }
}
