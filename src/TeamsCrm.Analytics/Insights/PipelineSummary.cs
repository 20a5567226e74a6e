using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Insights;

/// <summary>
/// A tenant's pipeline as last computed from its deal facts (<see cref="ComputedAt"/>): every owner's additive totals
/// (the state of a <see cref="PipelineAggregate"/>) and the slipped deals' snapshot, so any scope (tenant, owner set,
/// person) and any period of whole months is answered from it without reading a deal (<see cref="Figures"/>).
/// <see cref="Versions"/> says, per owner, which version of the owner's stored totals the summary was taken from (the
/// storage's incremental books; empty when it was computed from the facts), so the next refresh recomputes the slipped
/// deals of the owners whose deals changed and keeps the rest.
/// </summary>
public sealed record PipelineSummary(
    DateTimeOffset ComputedAt,
    int Deals,
    IReadOnlyList<OwnerTotals> Owners,
    SlippedSnapshot Slipped)
{
    private PipelineAggregate? _aggregate;

    /// <summary>Per owner, the version of the stored totals this summary was taken from (opaque; empty when computed from the facts).</summary>
    public IReadOnlyDictionary<string, string> Versions { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public static PipelineSummary From(IReadOnlyCollection<DealFact> deals, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(deals);
        var aggregate = new PipelineAggregate();
        foreach (var deal in deals)
        {
            aggregate.Add(deal);
        }

        return new PipelineSummary(computedAt, deals.Count, aggregate.Totals, SlippedSnapshot.Of(deals, AnalyticsPeriod.UtcDay(computedAt))) { _aggregate = aggregate };
    }

    /// <summary>A new aggregate restored from the stored totals.</summary>
    public PipelineAggregate ToAggregate() => PipelineAggregate.Restore(Owners);

    /// <summary>
    /// Every figure of a scope and a period of whole months, slipped deals as of <paramref name="today"/>; null when the
    /// snapshot cannot answer for that day (the summary is older than its window). The restored totals are kept with
    /// the summary, so answering again from the same summary only sums.
    /// </summary>
    public PipelineFigures? Figures(AnalyticsScope scope, AnalyticsPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (Slipped.Answer(scope, today) is not { } slipped)
        {
            return null;
        }

        var aggregate = LazyInitializer.EnsureInitialized(ref _aggregate, ToAggregate);
        return aggregate.Figures(scope, period) with { Slipped = slipped };
    }
}
