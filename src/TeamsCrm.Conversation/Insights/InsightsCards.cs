namespace TeamsCrm.Conversation.Insights;

/// <summary>The links of an insights card for its reader: the chart image signed for them, and the tab's page at the card's section.</summary>
internal sealed class InsightsCards(IInsightsChartLinks charts, IInsightsPageLinks pages)
{
    public InsightsLinks For(Caller reader, InsightsChart chart, string section) =>
        new(chart.IsEmpty ? null : charts.ChartUrl(reader.TenantId, reader.UserId, chart), pages.InsightsPage(reader.TenantId, section));

    /// <summary>A sentence of the insights texts as a chat reply; its arguments (words people typed) escaped for markdown.</summary>
    public static string Say(CardContext context, string key, params object?[] args) =>
        new InsightsText(context).Format(key, [.. args.Select(a => a is string s ? PlainText.Markdown(s) : a)]);
}
