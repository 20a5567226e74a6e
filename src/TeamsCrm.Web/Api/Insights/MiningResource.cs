using TeamsCrm.Analytics.Mining;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>
/// The data mining: which segments look at which product and which win with it, as of <see cref="ComputedAt"/> (the
/// last background refresh); cells with fewer trials than <see cref="MinimumSupport"/> are "too few".
/// </summary>
public sealed record MiningResource(
    DateTimeOffset ComputedAt,
    int MinimumSupport,
    int Accounts,
    int ClosedDeals,
    int WonDeals,
    double? TenantWinRate,
    IReadOnlyList<ProductMiningResource> Products)
{
    public static MiningResource From(MiningInsights insights)
    {
        ArgumentNullException.ThrowIfNull(insights);
        return new(
            insights.ComputedAt,
            insights.MinimumSupport,
            insights.Accounts,
            insights.ClosedDeals,
            insights.WonDeals,
            insights.TenantWinRate,
            [.. insights.Products.Select(ProductMiningResource.From)]);
    }
}
