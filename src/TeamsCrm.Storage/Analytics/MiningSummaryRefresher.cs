using Microsoft.Extensions.Options;
using TeamsCrm.Analytics;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The mining step of the customer refresh round (<see cref="CustomerSummaryRefresher"/>): from the facts that round
/// already read and its customer summary (for the RFM segments), counts the mining cells and stores them, so a mining
/// answer reads one document. The catalog (one partition read) names the products.
/// </summary>
public sealed class MiningSummaryRefresher(IMiningStore mining, IProductCatalogStore catalog, IOptions<AnalyticsOptions> options)
{
    public async Task<MiningSummary> WriteAsync(
        string tenantId,
        IReadOnlyList<AccountFact> accounts,
        IReadOnlyList<DealFact> deals,
        IReadOnlyList<InteractionFact> interactions,
        CustomerSummary customers,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var products = await catalog.ListAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var summary = MiningInsightsService.Summarise(accounts, deals, interactions, customers, products, options.Value.Rates(), customers.ComputedAt);
        await mining.WriteMiningSummaryAsync(tenantId, summary, cancellationToken).ConfigureAwait(false);
        return summary;
    }
}
