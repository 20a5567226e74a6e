using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// The answer to "forecast this quarter" (next quarter, a month, …): per currency, each month's won amount plus the weighted
/// open deals expected to close in it, and the total; the weighted open deals without a close date; the figures' age; the
/// chart (one row of month bars per currency: won solid, weighted open light) and the button to the tab's insights page.
/// </summary>
internal static class ForecastCardBuilder
{
    public static JsonObject Build(PipelineInsights insights, InsightsReach reach, InsightsLinks links, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(insights);
        ArgumentNullException.ThrowIfNull(links);
        var text = new InsightsText(context);
        var months = insights.Figures.ForecastByMonth;
        var currencies = Currencies(months).ToArray();
        var title = text.Format(reach == InsightsReach.Team ? "Insights.Forecast.TeamTitle" : "Insights.Forecast.Title", PeriodName(text, insights.Period.From, insights.Period.To));
        var body = new List<JsonNode?> { InsightsCardParts.Header(text, title, insights.ComputedAt) };
        if (currencies.Length == 0)
        {
            body.Add(AdaptiveElements.Text(text["Insights.Forecast.Empty"], spacing: "Medium"));
        }

        foreach (var currency in currencies)
        {
            body.Add(AdaptiveElements.Text(text.Format("Insights.Forecast.Currency", currency), weight: "Bolder", spacing: "Medium"));
            var facts = months.Select(m => (MonthName(text, m.Start), (string?)text.Format(
                "Insights.Forecast.Month", text.Money(m.Won[currency], currency), text.Money(m.WeightedOpen[currency], currency), text.Money(m.Total[currency], currency)))).ToList();
            body.Add(AdaptiveElements.FactSet(facts));
            var won = months.Sum(m => m.Won[currency]);
            var open = months.Sum(m => m.WeightedOpen[currency]);
            body.Add(AdaptiveElements.Text(text.Format("Insights.Forecast.Total", text.Money(won, currency), text.Money(open, currency), text.Money(won + open, currency)), spacing: "Small"));
        }

        if (!insights.Figures.UnscheduledWeighted.IsEmpty)
        {
            body.Add(AdaptiveElements.Text(text.Format("Insights.Forecast.Unscheduled", InsightsCardParts.Amounts(text, insights.Figures.UnscheduledWeighted.Entries())), subtle: true, spacing: "Medium"));
        }

        return InsightsCardParts.Finish(text, body, links, AltText(text, months, currencies), "Insights.Forecast.Chart");
    }

    /// <summary>One row per currency (at most <see cref="InsightsChart.MaxRows"/>), one bar per month: won (solid) and weighted open (light).</summary>
    public static InsightsChart Chart(PipelineInsights insights)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var months = insights.Figures.ForecastByMonth.Take(InsightsChart.MaxBars).ToArray();
        return new InsightsChart("forecast", [.. Currencies(months).Take(InsightsChart.MaxRows).Select(currency =>
            (IReadOnlyList<ChartBar>)[.. months.Select(m => ChartBar.Of(m.Won[currency], m.WeightedOpen[currency]))])]);
    }

    /// <summary>"Q4 2026" for a calendar quarter, "December 2026" for a month, "2027" for a year, else "from … to …".</summary>
    public static string PeriodName(InsightsText text, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(text);
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return months switch
        {
            1 => MonthName(text, from),
            3 when (from.Month - 1) % 3 == 0 => string.Create(text.Culture, $"Q{((from.Month - 1) / 3) + 1} {from.Year}"),
            12 when from.Month == 1 => from.Year.ToString(text.Culture),
            _ => text.Format("Insights.Forecast.Period", MonthName(text, from), MonthName(text, to.AddMonths(-1))),
        };
    }

    private static string MonthName(InsightsText text, DateOnly month) => month.ToString("MMMM yyyy", text.Culture);

    private static IEnumerable<string> Currencies(IEnumerable<ForecastBucket> months) =>
        months.SelectMany(m => m.Total.Entries().Where(e => e.Amount != 0).Select(e => e.Currency)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static string AltText(InsightsText text, IReadOnlyList<ForecastBucket> months, IReadOnlyList<string> currencies) =>
        text.Format("Insights.Forecast.Alt", string.Join(" ", currencies.Select(currency => text.Format(
            "Insights.Forecast.AltCurrency",
            currency,
            text.Money(months.Sum(m => m.Total[currency]), currency),
            string.Join(", ", months.Select(m => text.Format("Insights.Pipeline.AltStage", MonthName(text, m.Start), text.Money(m.Total[currency], currency))))))));
}
