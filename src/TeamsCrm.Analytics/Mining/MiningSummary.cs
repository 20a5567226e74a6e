namespace TeamsCrm.Analytics.Mining;

/// <summary>
/// A tenant's mining counts as last computed from its facts (<see cref="ComputedAt"/>): all additive — the tenant's
/// accounts and closed and won deals, per product its interested accounts and closed and won deals, per segment its
/// accounts, per segment × product the interested accounts and the closed and won deals (zero cells left out). Rates,
/// lift and Wilson intervals are computed when read (<see cref="Report"/>), giving exactly what
/// <see cref="SegmentMiner.Mine"/> gives over the same facts (tested), without reading a deal or an interaction.
/// </summary>
public sealed partial record MiningSummary(
    DateTimeOffset ComputedAt,
    int Accounts,
    int ClosedDeals,
    int WonDeals,
    IReadOnlyList<MiningProductTotals> Products,
    IReadOnlyList<MiningSegmentSize> Segments,
    IReadOnlyList<MiningCellCounts> Cells)
{
    /// <summary>The tenant's win rate over all closed deals (the conversion cells' base); null when none closed.</summary>
    public double? TenantWinRate => ClosedDeals == 0 ? null : (double)WonDeals / ClosedDeals;

    /// <summary>
    /// The ranked interest and conversion cells (see <see cref="SegmentMiner"/>), optionally of one dimension and/or one
    /// product only; the ranking within what is left is the full report's.
    /// </summary>
    public MiningReport Report(int minimumSupport = SegmentMiner.DefaultMinimumSupport, SegmentDimension? dimension = null, string? productId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumSupport, 1);
        var counts = Cells.ToDictionary(c => (c.Dimension, c.Value, c.ProductId));
        var interest = new List<MiningCell>();
        var conversion = new List<MiningCell>();
        foreach (var product in Products.Where(p => p.Discussed && (productId is null || p.ProductId == productId)))
        {
            var baseInterest = (double)product.InterestedAccounts / Math.Max(1, Accounts);
            foreach (var segment in Segments.Where(s => dimension is null || s.Dimension == dimension))
            {
                var cell = counts.GetValueOrDefault((segment.Dimension, segment.Value, product.ProductId));
                interest.Add(new MiningCell(segment.Dimension, segment.Value, product.ProductId, cell?.Interested ?? 0, segment.Accounts, baseInterest, segment.Accounts < minimumSupport));
                if (segment.Dimension != SegmentDimension.RfmSegment)
                {
                    var closed = cell?.Closed ?? 0;
                    conversion.Add(new MiningCell(segment.Dimension, segment.Value, product.ProductId, cell?.Won ?? 0, closed, TenantWinRate, closed < minimumSupport));
                }
            }
        }

        return new MiningReport(SegmentMiner.Ranked(interest), SegmentMiner.Ranked(conversion), minimumSupport);
    }
}
