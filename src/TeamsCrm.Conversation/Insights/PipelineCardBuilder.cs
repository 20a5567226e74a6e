using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// The answer to "pipeline": the open deals per stage (count, amount and weighted amount, each per currency), the win rate
/// and the average won deal of the last 12 months, the slipped deals (expected close date passed), the figures' age, the chart (one row of stage bars per currency) and the
/// button to the tab's insights page.
/// </summary>
internal static class PipelineCardBuilder
{
    public static readonly DealStage[] OpenStages = [DealStage.New, DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation];

    public static JsonObject Build(PipelineInsights insights, InsightsReach reach, InsightsLinks links, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(insights);
        ArgumentNullException.ThrowIfNull(links);
        var text = new InsightsText(context);
        var stages = Stages(insights);
        var body = new List<JsonNode?>
        {
            InsightsCardParts.Header(text, text[reach == InsightsReach.Team ? "Insights.Team.Title" : "Insights.Mine.Title"], insights.ComputedAt),
        };
        if (stages.All(s => s.Count == 0))
        {
            body.Add(AdaptiveElements.Text(text["Insights.Pipeline.Empty"], spacing: "Medium"));
        }
        else
        {
            var facts = stages.Where(s => s.Count > 0).Select(s => (StageName(text, s.Key), (string?)StageLine(text, s))).ToList();
            facts.Add((text["Insights.Pipeline.Total"], StageLine(text, Total(stages))));
            body.Add(AdaptiveElements.FactSet(facts));
        }

        body.Add(AdaptiveElements.FactSet(
        [
            (text["Insights.Pipeline.WinRate"], WinRateLine(text, insights.Figures.WinRate)),
            (text["Insights.Pipeline.AverageWon"], InsightsCardParts.Amounts(text, insights.Figures.AverageWonDealSize.Entries())),
            (text["Insights.Pipeline.Slipped"], SlippedLine(text, insights.Figures.Slipped)),
        ]));
        return InsightsCardParts.Finish(text, body, links, AltText(text, stages), "Insights.Pipeline.Chart");
    }

    /// <summary>One row per currency (at most <see cref="InsightsChart.MaxRows"/>), one bar per open stage: weighted (solid) and the rest of the amount (light).</summary>
    public static InsightsChart Chart(PipelineInsights insights)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var stages = Stages(insights);
        return new InsightsChart("pipeline", [.. Currencies(stages).Take(InsightsChart.MaxRows).Select(currency =>
            (IReadOnlyList<ChartBar>)[.. stages.Select(s => ChartBar.Of(s.Weighted[currency], s.Amount[currency] - s.Weighted[currency]))])]);
    }

    /// <summary>The four open stages in order, an empty slice for a stage without deals.</summary>
    private static PipelineSlice[] Stages(PipelineInsights insights) =>
        [.. OpenStages.Select(stage => insights.Figures.OpenByStage.FirstOrDefault(s => s.Key == stage.ToString())
            ?? new PipelineSlice(stage.ToString(), 0, TeamsCrm.Analytics.Money.CurrencyAmounts.Empty, TeamsCrm.Analytics.Money.CurrencyAmounts.Empty))];

    private static IEnumerable<string> Currencies(IEnumerable<PipelineSlice> stages) =>
        stages.SelectMany(s => s.Amount.Currencies).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static PipelineSlice Total(IReadOnlyCollection<PipelineSlice> stages) => new(
        "Total",
        stages.Sum(s => s.Count),
        TeamsCrm.Analytics.Money.CurrencyAmounts.Sum(stages.SelectMany(s => s.Amount.Entries())),
        TeamsCrm.Analytics.Money.CurrencyAmounts.Sum(stages.SelectMany(s => s.Weighted.Entries())));

    private static string StageLine(InsightsText text, PipelineSlice slice) =>
        text.Format("Insights.Pipeline.Stage", slice.Count, InsightsCardParts.Amounts(text, slice.Amount.Entries()), InsightsCardParts.Amounts(text, slice.Weighted.Entries()));

    private static string StageName(InsightsText text, string key) =>
        Enum.TryParse<DealStage>(key, out var stage) ? text.Cards.Enum(stage) : key;

    private static string SlippedLine(InsightsText text, SlippedDeals slipped) =>
        slipped.Count == 0
            ? text["Insights.Pipeline.SlippedNone"]
            : text.Format("Insights.Pipeline.SlippedValue", slipped.Count, InsightsCardParts.Amounts(text, slipped.Amount.Entries()));

    private static string WinRateLine(InsightsText text, WinRate rate) =>
        rate.Rate is { } value
            ? text.Format("Insights.Pipeline.WinRateValue", value.ToString("P0", text.Culture), rate.Won, rate.Closed)
            : text["Insights.Pipeline.WinRateNone"];

    /// <summary>The key numbers for people who cannot see the chart: per currency the open and weighted totals and each stage's amount.</summary>
    private static string AltText(InsightsText text, PipelineSlice[] stages)
    {
        var total = Total(stages);
        var rows = Currencies(stages).Select(currency => text.Format(
            "Insights.Pipeline.AltCurrency",
            currency,
            text.Money(total.Amount[currency], currency),
            text.Money(total.Weighted[currency], currency),
            string.Join(", ", stages.Select(s => text.Format("Insights.Pipeline.AltStage", StageName(text, s.Key), text.Money(s.Amount[currency], currency))))));
        return text.Format("Insights.Pipeline.Alt", string.Join(" ", rows));
    }
}
