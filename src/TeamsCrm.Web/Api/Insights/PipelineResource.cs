using TeamsCrm.Analytics.Insights;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>
/// The pipeline of a scope and period: open deals by stage and owner (now), and the deals won and lost in the period
/// [<see cref="From"/>, <see cref="To"/>) with the average won size. <see cref="ComputedAt"/>: the figures' age.
/// </summary>
public sealed record PipelineResource(
    string From,
    string To,
    InsightsScope Scope,
    IReadOnlyList<string> Owners,
    DateTimeOffset ComputedAt,
    IReadOnlyList<PipelineSliceResource> OpenByStage,
    IReadOnlyList<PipelineSliceResource> OpenByOwner,
    int Won,
    int Lost,
    double? WinRate,
    IReadOnlyList<MoneyResource> AverageWonDealSize)
{
    public static PipelineResource Of(PipelineInsights insights)
    {
        ArgumentNullException.ThrowIfNull(insights);
        return new(
            InsightsEndpoints.MonthText(insights.Period.From),
            InsightsEndpoints.MonthText(insights.Period.To),
            insights.Scope,
            insights.Owners,
            insights.ComputedAt,
            [.. insights.OpenByStage.Select(PipelineSliceResource.From)],
            [.. insights.OpenByOwner.Select(PipelineSliceResource.From)],
            insights.WinRate.Won,
            insights.WinRate.Lost,
            insights.WinRate.Rate,
            MoneyResource.From(insights.AverageWonDealSize));
    }
}
