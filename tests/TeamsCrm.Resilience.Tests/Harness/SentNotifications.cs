namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>A card the app sent on its own (a new message, not a reply or an in-place update) to a member's 1:1 chat.</summary>
internal sealed record SentCard(string RecipientAadObjectId, string Title, string? HandoffId, string Text);

/// <summary>
/// Reads what the loopback connector received: the proactive cards per recipient, with the handoff they are about (from
/// their actions' data) and all their text — two sends with the same recipient and text are the same notification twice.
/// </summary>
internal static class SentNotifications
{
    /// <summary>English card titles (CardStrings.resx): the recipient's offer starts with this, a reminder is exactly the other.</summary>
    public const string OfferTitlePrefix = "Handoff: ";
    public const string ReminderTitle = "Reminder: a handoff is overdue";

    public static IReadOnlyList<SentCard> Cards(IEnumerable<ConnectorActivity> activities)
    {
        var cards = new List<SentCard>();
        foreach (var activity in activities.Where(a => a.Kind == "send"))
        {
            var prefix = "a:personal-";
            if (!activity.ConversationId.StartsWith(prefix, StringComparison.Ordinal)
                || activity.Body["attachments"] is not JsonArray { Count: > 0 } attachments
                || attachments[0]?["content"] is not JsonObject card)
            {
                continue;
            }

            var title = card["body"] is JsonArray { Count: > 0 } body && body[0]?["text"] is JsonValue first ? first.GetValue<string>() : string.Empty;
            cards.Add(new SentCard(activity.ConversationId[prefix.Length..], title, HandoffId(card), string.Join('\n', Texts(card))));
        }

        return cards;
    }

    public static IEnumerable<SentCard> Offers(IEnumerable<SentCard> cards) =>
        cards.Where(c => c.Title.StartsWith(OfferTitlePrefix, StringComparison.Ordinal));

    public static IEnumerable<SentCard> Reminders(IEnumerable<SentCard> cards) => cards.Where(c => c.Title == ReminderTitle);

    /// <summary>Every notification sent more than once: same recipient, same content.</summary>
    public static IReadOnlyList<string> Duplicates(IEnumerable<SentCard> cards) =>
        [.. cards.GroupBy(c => (c.RecipientAadObjectId, c.Text)).Where(g => g.Count() > 1).Select(g => $"{g.Count()}× to {g.Key.RecipientAadObjectId}: {g.Key.Text}")];

    /// <summary>Every text a reader sees (TextBlocks, facts, action titles); action data aside.</summary>
    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key != "data").SelectMany(p =>
            p.Key is "text" or "title" or "value" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    private static string? HandoffId(JsonNode? node) => node switch
    {
        JsonObject o when o["data"] is JsonObject data && data["handoffId"] is JsonValue id => id.GetValue<string>(),
        JsonObject o => o.Select(p => HandoffId(p.Value)).FirstOrDefault(id => id is not null),
        JsonArray a => a.Select(HandoffId).FirstOrDefault(id => id is not null),
        _ => null,
    };
}
