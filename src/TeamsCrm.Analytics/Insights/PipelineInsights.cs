using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Insights;

/// <summary>
/// The pipeline answer every surface shows (API, tab, bot): the question (<see cref="Period"/> of whole months,
/// <see cref="Scope"/>, <see cref="Owners"/>: the user ids covered, empty for the tenant) and every pipeline and
/// forecast figure of it (<see cref="Figures"/>: orders, units and definitions on <see cref="PipelineFigures"/>).
/// <see cref="ComputedAt"/> is when the figures were computed from the deals (the summary's age; at most
/// Storage:SummaryRefreshInterval plus one computation behind, see docs/analytics.md); slipped deals are as of
/// <see cref="Today"/> (the UTC day of the answer).
/// </summary>
public sealed record PipelineInsights(
    AnalyticsPeriod Period,
    InsightsScope Scope,
    IReadOnlyList<string> Owners,
    DateTimeOffset ComputedAt,
    DateOnly Today,
    PipelineFigures Figures);
