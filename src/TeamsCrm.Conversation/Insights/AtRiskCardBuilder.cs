using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// The answer to "which customers are at risk": the first <see cref="Shown"/> accounts at risk, each with its owner and
/// the evidence (segment, silence against its rhythm, lifetime revenue per currency); the figures' age, the chart (one bar
/// per account: the usual rhythm solid, the days beyond it light) and the button to the insights page.
/// </summary>
internal static class AtRiskCardBuilder
{
    public const int Shown = InsightsListCard.Shown;

    public static JsonObject Build(AtRiskCustomers risk, InsightsLinks links, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var text = new InsightsText(context);
        return InsightsListCard.Build(text, "Insights.Risk", risk.ComputedAt, risk.Accounts, (account, rank) => Entry(text, rank, account), links, AltText(text, risk));
    }

    /// <summary>One row, one bar per account shown: the days up to its threshold (solid) and beyond it (light), whole days.</summary>
    public static InsightsChart Chart(AtRiskCustomers risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var bars = risk.Accounts.Take(Shown).Select(a => a.Cooling is { } c
            ? ChartBar.Of((decimal)Math.Min(c.DaysSinceLastTouch, c.ThresholdDays), (decimal)Math.Max(0, c.DaysSinceLastTouch - c.ThresholdDays))
            : new ChartBar(0, 0)).ToArray();
        return new InsightsChart("risk", bars.Length == 0 ? [] : [bars]);
    }

    private static JsonObject Entry(InsightsText text, int rank, AtRiskAccount account)
    {
        var items = new List<JsonNode>
        {
            AdaptiveElements.Text(string.Create(text.Culture, $"{rank}. {account.Name}"), weight: "Bolder"),
            AdaptiveElements.Text(text.Format("Insights.Risk.Owner", account.Owner.DisplayName), size: "Small", spacing: "None"),
        };
        items.AddRange(account.Evidence(text.Culture).Select(line => AdaptiveElements.Text(line, size: "Small", subtle: true, spacing: "None")));
        items.Add(AdaptiveElements.ActionSet([AdaptiveActions.Execute(text.Cards["MyWork.ShowAccount"], CardVerbs.ShowAccount, CustomerCardBuilder.AccountData(account.AccountId))]));
        return AdaptiveElements.Container(items, spacing: "Medium");
    }

    private static string AltText(InsightsText text, AtRiskCustomers risk)
    {
        var shown = risk.Accounts.Take(Shown).ToArray();
        return text.Format("Insights.Risk.Alt", risk.Accounts.Count, string.Join("; ", shown.Select(a =>
            a.Cooling is { } c ? text.Format("Insights.Risk.AltAccount", a.Name, Math.Floor(c.DaysSinceLastTouch), Math.Round(c.ThresholdDays)) : a.Name)));
    }
}
