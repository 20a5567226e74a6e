namespace TeamsCrm.Analytics.Mining;

/// <summary>
/// The answer to a <see cref="MiningQuery"/>: the mining summary's time (<see cref="ComputedAt"/>: the figures are as
/// of the last background refresh), the minimum support below which a cell is "too few", the tenant's accounts and
/// closed and won deals (the bases), and per product (catalog name order) its ranked segments.
/// </summary>
public sealed record MiningInsights(
    MiningQuery Query,
    DateTimeOffset ComputedAt,
    int MinimumSupport,
    int Accounts,
    int ClosedDeals,
    int WonDeals,
    double? TenantWinRate,
    IReadOnlyList<ProductMining> Products)
{
    /// <summary>The products someone looked at, the most telling first (the best conservative lift of an interest segment), then by name.</summary>
    public IReadOnlyList<ProductMining> MostTelling() =>
    [
        .. Products
            .Where(p => p.Interest.Count > 0)
            .OrderByDescending(p => p.Interest[0].ConservativeLift ?? double.MinValue)
            .ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase),
    ];
}
