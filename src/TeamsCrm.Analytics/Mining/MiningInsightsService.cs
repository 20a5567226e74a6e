using Microsoft.Extensions.Options;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Core.Access;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.Mining;

/// <summary>
/// Which segments look at which product and which win with it, for the surfaces (API, tab, bot). Members only
/// (<see cref="AccessPolicy.CanSeeCustomerInsights"/>): a guest is forbidden before anything is read. An answer reads the
/// tenant's kept mining summary (one point read while it is unchanged); before the first background refresh it is
/// computed from the facts on the spot and stored.
/// </summary>
public sealed class MiningInsightsService(
    IMiningStore mining,
    IAnalyticsStore facts,
    ICustomerFactsStore customers,
    IProductCatalogStore catalog,
    IOptions<AnalyticsOptions> options,
    TimeProvider time)
{
    public async Task<CrmResult<MiningInsights>> GetAsync(Caller caller, MiningQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        if (!AccessPolicy.CanSeeCustomerInsights(caller))
        {
            return CrmError.Forbidden();
        }

        if (query.Dimension == SegmentDimension.RfmSegment && query.Kind == MiningKind.Conversion)
        {
            return CrmError.Invalid([new FieldError("kind", ErrorCodes.NoRfmConversion)]);
        }

        var summary = await mining.ReadMiningSummaryAsync(caller.TenantId, cancellationToken).ConfigureAwait(false)
            ?? await ComputeAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        if (query.ProductId is { } productId && !summary.Products.Any(p => p.ProductId == productId))
        {
            return CrmError.Invalid([new FieldError("product", ErrorCodes.UnknownProduct)]);
        }

        var report = summary.Report(SegmentMiner.DefaultMinimumSupport, query.Dimension, query.ProductId);
        var interest = report.Interest.ToLookup(c => c.ProductId, StringComparer.Ordinal);
        var conversion = report.Conversion.ToLookup(c => c.ProductId, StringComparer.Ordinal);
        return new MiningInsights(
            query,
            summary.ComputedAt,
            report.MinimumSupport,
            summary.Accounts,
            summary.ClosedDeals,
            summary.WonDeals,
            summary.TenantWinRate,
            [.. summary.Products
                .Where(p => query.ProductId is null || p.ProductId == query.ProductId)
                .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(p => p.ProductId, StringComparer.Ordinal)
                .Select(p => new ProductMining(
                    p.ProductId,
                    p.Name,
                    p.Family,
                    p.InterestedAccounts,
                    (double)p.InterestedAccounts / Math.Max(1, summary.Accounts),
                    p.ClosedDeals,
                    p.WonDeals,
                    query.Wants(MiningKind.Interest) ? [.. interest[p.ProductId]] : [],
                    query.Wants(MiningKind.Conversion) ? [.. conversion[p.ProductId]] : []))]);
    }

    /// <summary>Computes the tenant's mining summary from its facts now (the background refresh does the same) and stores it.</summary>
    public async Task<MiningSummary> ComputeAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var accounts = await facts.ReadAccountFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var deals = await facts.ReadDealFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var interactions = await customers.ReadInteractionFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var products = await catalog.ListAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var summary = Summarise(accounts, deals, interactions, CustomerSummary.From(deals, interactions, now), products, options.Value.Rates(), now);
        await mining.WriteMiningSummaryAsync(tenantId, summary, cancellationToken).ConfigureAwait(false);
        return summary;
    }

    /// <summary>
    /// The mining summary of the facts as of <paramref name="now"/>: the RFM segments from the customer summary's totals
    /// (<see cref="CustomerFigures.Rfm"/>; an account without a won deal is a prospect).
    /// </summary>
    public static MiningSummary Summarise(
        IReadOnlyList<AccountFact> accounts,
        IReadOnlyList<DealFact> deals,
        IReadOnlyList<InteractionFact> interactions,
        CustomerSummary customerSummary,
        IEnumerable<TeamsCrm.Core.Products.Product> products,
        ExchangeRates rates,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(customerSummary);
        var rfm = CustomerFigures.Rfm(customerSummary.Accounts, now, rates);
        var segments = accounts.Select(a => a.Id).Concat(rfm.Keys).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => rfm.TryGetValue(id, out var score) ? score.Segment : RfmSegment.Prospect, StringComparer.Ordinal);
        return MiningSummary.From(accounts, deals, interactions, segments, products, now);
    }
}
