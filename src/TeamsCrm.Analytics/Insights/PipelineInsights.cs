using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Insights;

/// <summary>
/// The pipeline figures of one scope and period, as a surface shows them: the open pipeline by stage and owner (now),
/// and the win rate and average won deal size of the deals closed in the period; amounts per currency.
/// <see cref="ComputedAt"/> is when the figures were computed from the facts (the summary's age, see docs/analytics.md).
/// </summary>
public sealed record PipelineInsights(
    AnalyticsPeriod Period,
    InsightsScope Scope,
    IReadOnlyList<string> Owners,
    DateTimeOffset ComputedAt,
    IReadOnlyList<PipelineSlice> OpenByStage,
    IReadOnlyList<PipelineSlice> OpenByOwner,
    WinRate WinRate,
    CurrencyAmounts AverageWonDealSize);
