using TeamsCrm.Analytics.Insights;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>
/// The pipeline of a scope and period [<see cref="From"/>, <see cref="To"/>) (yyyy-MM): every figure of
/// <see cref="TeamsCrm.Analytics.Pipeline.PipelineFigures"/> (docs/analytics.md, docs/api.md). Money per currency,
/// rates as fractions 0–1, durations in whole days. <see cref="ComputedAt"/>: the figures' age; slipped deals are as of
/// <see cref="Today"/>.
/// </summary>
public sealed record PipelineResource(
    string From,
    string To,
    InsightsScope Scope,
    IReadOnlyList<string> Owners,
    DateTimeOffset ComputedAt,
    DateOnly Today,
    IReadOnlyList<PipelineSliceResource> OpenByStage,
    IReadOnlyList<PipelineSliceResource> OpenByOwner,
    IReadOnlyList<ForecastBucketResource> ForecastByMonth,
    IReadOnlyList<ForecastBucketResource> ForecastByQuarter,
    IReadOnlyList<MoneyResource> UnscheduledWeighted,
    int Won,
    int Lost,
    double? WinRate,
    IReadOnlyList<MoneyResource> AverageWonDealSize,
    AverageDaysResource SalesCycle,
    IReadOnlyList<StageConversionResource> Conversion,
    IReadOnlyList<StageDaysResource> Velocity,
    SlippedDealsResource Slipped)
{
    public static PipelineResource Of(PipelineInsights insights)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var figures = insights.Figures;
        return new(
            InsightsEndpoints.MonthText(insights.Period.From),
            InsightsEndpoints.MonthText(insights.Period.To),
            insights.Scope,
            insights.Owners,
            insights.ComputedAt,
            insights.Today,
            [.. figures.OpenByStage.Select(PipelineSliceResource.From)],
            [.. figures.OpenByOwner.Select(PipelineSliceResource.From)],
            [.. figures.ForecastByMonth.Select(ForecastBucketResource.From)],
            [.. figures.ForecastByQuarter.Select(ForecastBucketResource.From)],
            MoneyResource.From(figures.UnscheduledWeighted),
            figures.WinRate.Won,
            figures.WinRate.Lost,
            figures.WinRate.Rate,
            MoneyResource.From(figures.AverageWonDealSize),
            AverageDaysResource.From(figures.SalesCycle),
            [.. figures.Conversion.Select(StageConversionResource.Of)],
            [.. figures.Velocity.Select(v => new StageDaysResource(v.Stage, v.Days.Count, v.Days.MeanDays))],
            SlippedDealsResource.From(figures.Slipped));
    }
}
