using TeamsCrm.Analytics.Mining;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>One product: its accounts interested (of all the tenant's: the interest base), its closed and won deals, and its segments ranked by conservative lift.</summary>
public sealed record ProductMiningResource(
    string ProductId,
    string Name,
    string? Family,
    int InterestedAccounts,
    double InterestBase,
    int ClosedDeals,
    int WonDeals,
    IReadOnlyList<MiningCellResource> Interest,
    IReadOnlyList<MiningCellResource> Conversion)
{
    public static ProductMiningResource From(ProductMining product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new(
            product.ProductId,
            product.Name,
            product.Family,
            product.InterestedAccounts,
            product.InterestBase,
            product.ClosedDeals,
            product.WonDeals,
            [.. product.Interest.Select(c => MiningCellResource.From(c, MiningKind.Interest))],
            [.. product.Conversion.Select(c => MiningCellResource.From(c, MiningKind.Conversion))]);
    }
}
