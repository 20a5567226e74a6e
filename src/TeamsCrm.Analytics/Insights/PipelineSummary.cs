using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Insights;

/// <summary>
/// A tenant's pipeline totals as last computed from its deal facts (<see cref="ComputedAt"/>): the state of a
/// <see cref="PipelineAggregate"/>, so any scope (tenant, owner set, person) and any period of whole months is answered
/// from it without reading a deal.
/// </summary>
public sealed record PipelineSummary(DateTimeOffset ComputedAt, int Deals, IReadOnlyList<OpenTotal> Open, IReadOnlyList<ClosedTotal> Closed)
{
    public static PipelineSummary From(IReadOnlyCollection<DealFact> deals, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(deals);
        var aggregate = new PipelineAggregate();
        foreach (var deal in deals)
        {
            aggregate.Add(deal);
        }

        return new PipelineSummary(computedAt, deals.Count, aggregate.OpenTotals, aggregate.ClosedTotals);
    }

    public PipelineAggregate ToAggregate() => PipelineAggregate.Restore(Open, Closed);
}
