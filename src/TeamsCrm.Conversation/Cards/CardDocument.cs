namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The root of every card: version 1.5, full width in Teams, mentions, optional Universal Actions refresh. Every
/// markdown field of the body is escaped here (<see cref="PlainText"/>), so text people typed shows as typed.
/// </summary>
internal static partial class CardDocument
{
    /// <summary>Teams refreshes automatically for at most 60 user ids.</summary>
    public const int MaxRefreshUserIds = 60;

    /// <summary>The fields a stray mention is defused in.</summary>
    private static readonly string[] MentionFields = ["text", "value", "title"];

    public static JsonObject Create(IEnumerable<JsonNode> body, CardText text, CardMentions? mentions = null, JsonObject? refresh = null)
    {
        var msteams = new JsonObject { ["width"] = "Full" };
        if (mentions is { Any: true })
        {
            msteams["entities"] = mentions.ToEntities();
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = AdaptiveElements.Version,
        };
        if (refresh is not null)
        {
            card["refresh"] = refresh;
        }

        var items = new JsonArray([.. body]);
        var tags = mentions?.Tags ?? new HashSet<string>();
        DefuseStrayMentions(items, tags);
        PlainText.Neutralize(items, tags);
        card["body"] = items;
        card["msteams"] = msteams;
        return card;
    }

    /// <summary>
    /// A "&lt;at&gt;…&lt;/at&gt;" that is not one of the card's own mentions (e.g. typed into a deal title) is
    /// turned into "‹at›…‹/at›", so text from users can never mention someone.
    /// </summary>
    private static void DefuseStrayMentions(JsonNode? node, IReadOnlySet<string> allowed) =>
        JsonTree.ForEachObject(node, obj =>
        {
            foreach (var name in MentionFields)
            {
                if (obj[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Contains("<at", StringComparison.OrdinalIgnoreCase))
                {
                    obj[name] = StrayTag().Replace(text, m => allowed.Contains(m.Value) ? m.Value : CardFormat.Defuse(m.Value));
                }
            }
        });

    [System.Text.RegularExpressions.GeneratedRegex("<at>.*?</at>|</?at>", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StrayTag();

    /// <summary>
    /// A refresh through Action.Execute. <paramref name="userIds"/> are Teams user ids (29:…) that refresh
    /// automatically; the first <see cref="MaxRefreshUserIds"/> distinct ones are kept. Empty means manual only;
    /// null leaves userIds out, so Teams refreshes for everyone in conversations of up to 60 members.
    /// </summary>
    public static JsonObject Refresh(string verb, JsonObject data, IEnumerable<string>? userIds)
    {
        var refresh = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
        };
        if (userIds is not null)
        {
            var ids = userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).Take(MaxRefreshUserIds);
            refresh["userIds"] = new JsonArray([.. ids.Select(id => (JsonNode)JsonValue.Create(id))]);
        }

        return refresh;
    }
}
