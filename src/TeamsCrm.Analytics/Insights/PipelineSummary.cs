using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Insights;

/// <summary>
/// A tenant's pipeline as last computed from its deal facts (<see cref="ComputedAt"/>): every owner's additive totals
/// (the state of a <see cref="PipelineAggregate"/>) and the slipped deals' snapshot, so any scope (tenant, owner set,
/// person) and any period of whole months is answered from it without reading a deal (<see cref="Figures"/>).
/// </summary>
public sealed record PipelineSummary(
    DateTimeOffset ComputedAt,
    int Deals,
    IReadOnlyList<OwnerTotals> Owners,
    SlippedSnapshot Slipped)
{
    private PipelineAggregate? _aggregate;

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
