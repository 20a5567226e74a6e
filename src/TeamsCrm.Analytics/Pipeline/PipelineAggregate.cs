namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// The pipeline's figures as additive totals per owner, kept up to date one deal change at a time: a change removes
/// the deal's old version and adds its new one. Per owner (<see cref="OwnerTotals"/>): open deals per (currency,
/// stage) and per (currency, expected-close month); closed deals per (currency, close month, outcome) with cycle days;
/// the deals created per (month, furthest stage) and their stays per (month, stage). Team and tenant figures are sums
/// over owners; a period of whole months is a sum over its months. <see cref="Figures"/> gives the same answers as
/// <see cref="PipelineCalculator.Figures"/> for every figure but the slipped deals, which depend on the day
/// (<see cref="SlippedSnapshot"/>) (tested).
/// </summary>
public sealed partial class PipelineAggregate
{
    private readonly SortedDictionary<string, OwnerBook> _owners = new(StringComparer.Ordinal);

    /// <summary>The totals of every owner with a deal, ordinal order: to store and <see cref="Restore"/>.</summary>
    public IReadOnlyList<OwnerTotals> Totals => [.. _owners.Select(o => o.Value.ToTotals(o.Key))];

    /// <summary>An aggregate from stored totals: it answers exactly as the one they were taken from.</summary>
    public static PipelineAggregate Restore(IEnumerable<OwnerTotals> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var aggregate = new PipelineAggregate();
        foreach (var owner in totals)
        {
            aggregate._owners[owner.Owner] = OwnerBook.From(owner);
        }

        return aggregate;
    }

    public void Add(DealFact deal) => Apply(deal, +1);

    public void Remove(DealFact deal) => Apply(deal, -1);

    private void Apply(DealFact deal, int sign)
    {
        ArgumentNullException.ThrowIfNull(deal);
        if (!_owners.TryGetValue(deal.OwnerId, out var book))
        {
            book = _owners[deal.OwnerId] = new OwnerBook();
        }

        book.Apply(deal, sign);
        if (book.IsEmpty)
        {
            _owners.Remove(deal.OwnerId);
        }
    }

    /// <summary>The owners' books a scope covers, ordinal order.</summary>
    private List<KeyValuePair<string, OwnerBook>> Books(AnalyticsScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Owners is null
            ? [.. _owners]
            : [.. scope.Owners.Order(StringComparer.Ordinal).Where(_owners.ContainsKey).Select(o => KeyValuePair.Create(o, _owners[o]))];
    }
}
