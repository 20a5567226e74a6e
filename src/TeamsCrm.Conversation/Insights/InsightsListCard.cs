namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// The frame of the list answers ("who should I call today", "which customers are at risk"): the title and the
/// figures' age, the sentence for an empty list, the first <see cref="Shown"/> entries (each given its place, 1 for the first), how many more there are, then
/// the chart and the button to the insights page. The texts are "{prefix}.Title", "{prefix}.Empty" and "{prefix}.Chart".
/// </summary>
internal static class InsightsListCard
{
    public const int Shown = 5;

    public static JsonObject Build<TItem>(
        InsightsText text, string prefix, DateTimeOffset computedAt, IReadOnlyList<TItem> items, Func<TItem, int, JsonObject> entry, InsightsLinks links, string altText)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(entry);
        var body = new List<JsonNode?> { InsightsCardParts.Header(text, text[$"{prefix}.Title"], computedAt) };
        if (items.Count == 0)
        {
            body.Add(AdaptiveElements.Text(text[$"{prefix}.Empty"], spacing: "Medium"));
        }

        body.AddRange(items.Take(Shown).Select((item, index) => entry(item, index + 1)));
        if (items.Count > Shown)
        {
            body.Add(AdaptiveElements.Text(text.Format("Insights.Shown", items.Count - Shown), subtle: true, size: "Small"));
        }

        return InsightsCardParts.Finish(text, body, links, altText, $"{prefix}.Chart");
    }
}
