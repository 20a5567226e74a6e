using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Analytics.Mining;

/// <summary>
/// Mines segment × product cells. Interest: an account is interested in a product when one of its deals carries it
/// or one of its interactions is tagged with it; the base is the share of all accounts interested in the product.
/// Conversion: the closed deals carrying the product, won or lost; the base is the tenant's overall win rate (all
/// closed deals), so a cell's lift says how much better the segment converts with the product than deals usually do.
/// Conversion is not cut by RFM segment: RFM is computed from the won deals themselves, so such a cell would measure
/// its own definition. An account with no value for a dimension (no industry recorded) is left out of its cells.
/// </summary>
public static class SegmentMiner
{
    /// <summary>Cells with fewer trials (accounts, or closed deals) than this are shown as "too few".</summary>
    public const int DefaultMinimumSupport = 10;

    public static MiningReport Mine(
        IEnumerable<AccountFact> accounts,
        IEnumerable<DealFact> deals,
        IEnumerable<InteractionFact> interactions,
        IReadOnlyDictionary<string, RfmSegment>? rfmSegments = null,
        int minimumSupport = DefaultMinimumSupport)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(interactions);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumSupport, 1);
        var accountList = accounts.ToList();
        var dealList = deals.ToList();
        var interest = dealList.SelectMany(d => d.Products.Select(p => (d.AccountId, p.ProductId)))
            .Concat(interactions.SelectMany(i => i.ProductIds.Select(p => (i.AccountId, ProductId: p))))
            .ToHashSet();
        var products = interest.Select(i => i.ProductId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var closedWithProduct = products.ToDictionary(
            p => p,
            p => dealList.Where(d => d.IsClosed && d.Products.Any(l => l.ProductId == p)).ToList(),
            StringComparer.Ordinal);
        var closedDeals = dealList.Where(d => d.IsClosed).ToList();
        double? overallWin = closedDeals.Count == 0 ? null : (double)closedDeals.Count(d => d.IsWon) / closedDeals.Count;
        var interestCells = new List<MiningCell>();
        var conversionCells = new List<MiningCell>();
        foreach (var product in products)
        {
            var baseInterest = (double)accountList.Count(a => interest.Contains((a.Id, product))) / Math.Max(1, accountList.Count);
            var closed = closedWithProduct[product];
            foreach (var (dimension, value, members) in Segments(accountList, rfmSegments))
            {
                var interested = members.Count(a => interest.Contains((a.Id, product)));
                interestCells.Add(new MiningCell(dimension, value, product, interested, members.Count, baseInterest, members.Count < minimumSupport));
                if (dimension == SegmentDimension.RfmSegment)
                {
                    continue;
                }

                var ids = members.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                var segmentClosed = closed.Where(d => ids.Contains(d.AccountId)).ToList();
                conversionCells.Add(new MiningCell(dimension, value, product, segmentClosed.Count(d => d.IsWon), segmentClosed.Count, overallWin, segmentClosed.Count < minimumSupport));
            }
        }

        return new MiningReport(Ranked(interestCells), Ranked(conversionCells), minimumSupport);
    }

    internal static IEnumerable<(SegmentDimension Dimension, string Value, List<AccountFact> Members)> Segments(List<AccountFact> accounts, IReadOnlyDictionary<string, RfmSegment>? rfm)
    {
        var cuts = new (SegmentDimension Dimension, Func<AccountFact, string?> ValueOf)[]
        {
            (SegmentDimension.Industry, a => a.Industry),
            (SegmentDimension.SizeBand, a => a.SizeBand),
            (SegmentDimension.Country, a => a.Country),
            (SegmentDimension.RfmSegment, a => rfm is not null && rfm.TryGetValue(a.Id, out var s) ? s.ToString() : null),
        };
        foreach (var (dimension, valueOf) in cuts)
        {
            foreach (var group in accounts.Where(a => !string.IsNullOrWhiteSpace(valueOf(a))).GroupBy(a => valueOf(a)!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                yield return (dimension, group.Key, group.ToList());
            }
        }
    }

    internal static List<MiningCell> Ranked(List<MiningCell> cells) =>
    [
        .. cells
            .OrderBy(c => c.TooFew)
            .ThenByDescending(c => c.ConservativeLift ?? double.MinValue)
            .ThenByDescending(c => c.Trials)
            .ThenBy(c => c.Dimension)
            .ThenBy(c => c.Value, StringComparer.Ordinal)
            .ThenBy(c => c.ProductId, StringComparer.Ordinal),
    ];
}
