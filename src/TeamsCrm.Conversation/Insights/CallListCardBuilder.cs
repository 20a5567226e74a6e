using TeamsCrm.Analytics.CallList;

namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// The answer to "who should I call today": the highest-priority calls (at most <see cref="Shown"/>), each with the
/// person and account, the deal (stage, amount in its currency, score), the contact's best channel and the strongest
/// reason in one line; the figures' age, the chart (one bar per call: its priority) and the button to the insights page.
/// </summary>
internal static class CallListCardBuilder
{
    public const int Shown = InsightsListCard.Shown;

    public static JsonObject Build(CallListResult calls, InsightsLinks links, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var text = new InsightsText(context);
        return InsightsListCard.Build(text, "Insights.Calls", calls.ComputedAt, calls.Entries, (entry, _) => Entry(text, entry), links, AltText(text, calls));
    }

    /// <summary>One row, one bar per call shown: its priority, scaled so the first is 1,000.</summary>
    public static InsightsChart Chart(CallListResult calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var shown = calls.Entries.Take(Shown).ToArray();
        var top = shown.Select(e => e.Priority).DefaultIfEmpty(0).Max();
        return new InsightsChart("calls", top <= 0 ? [] : [[.. shown.Select(e => ChartBar.Of((decimal)(e.Priority / top * 1000), 0))]]);
    }

    private static JsonObject Entry(InsightsText text, CallListEntry entry) => AdaptiveElements.Container(
    [
        AdaptiveElements.Text(string.Create(text.Culture, $"{entry.Rank}. {text.Format("Insights.Calls.Line", entry.ContactName ?? entry.DealTitle, entry.AccountName)}"), weight: "Bolder"),
        AdaptiveElements.Text(Deal(text, entry), size: "Small", spacing: "None"),
        AdaptiveElements.Text(Channel(text, entry), size: "Small", spacing: "None"),
        AdaptiveElements.Text(Reason(text, entry), size: "Small", subtle: true, spacing: "None"),
    ], spacing: "Medium");

    private static string Deal(InsightsText text, CallListEntry entry) =>
        $"{entry.DealTitle} · {text.Cards.Enum(entry.Stage)} · {text.Money(entry.Amount, entry.Currency)} · {CardFormat.Percent(entry.Score, text.Culture)}";

    /// <summary>The strongest reason, in one line.</summary>
    private static string Reason(InsightsText text, CallListEntry entry) => entry.Reasons.Count > 0 ? entry.Reasons[0].Describe(text.Culture) : string.Empty;

    private static string Channel(InsightsText text, CallListEntry entry) =>
        entry.Channels is { } channels ? channels.Evidence(text.Culture)[0] : text["Insights.Calls.NoChannel"];

    private static string AltText(InsightsText text, CallListResult calls)
    {
        var shown = calls.Entries.Take(Shown).ToArray();
        return text.Format("Insights.Calls.Alt", shown.Length, string.Join("; ", shown.Select(e => $"{e.Rank}. {e.ContactName ?? e.DealTitle}, {e.AccountName}, {CardFormat.Percent(e.Score, text.Culture)}")));
    }
}
