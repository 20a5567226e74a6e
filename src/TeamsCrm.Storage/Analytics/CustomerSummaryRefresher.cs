using Microsoft.Extensions.Options;
using TeamsCrm.Analytics;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Scoring;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Recomputes the customer documents (<see cref="CustomerDocumentsBuilder"/>: the summary, every owner's call-list
/// candidates, the customers at risk) of the tenants whose facts changed (marked in
/// <see cref="SummaryMarks.CustomersPartition"/> by the same writer as the pipeline's marks), from the facts: a function
/// of the facts, so recomputing is idempotent and a redelivered change cannot count twice. The candidates are scored
/// with the tenant's model (trained first if it has none); the mining counts are computed from the same facts
/// (<see cref="MiningSummaryRefresher"/>). A tenant marked again while it computed stays due.
/// </summary>
public sealed class CustomerSummaryRefresher(
    CrmTables tables,
    CustomerDocumentsBuilder documents,
    ScoreModelRegistry models,
    IOptions<AnalyticsOptions> options,
    TimeProvider time,
    MiningSummaryRefresher mining)
{
    /// <summary>One round; the number of tenants whose customer summary it wrote.</summary>
    public async Task<int> RefreshDueAsync(CancellationToken cancellationToken = default)
    {
        var refreshed = 0;
        foreach (var (tenantId, version) in await SummaryMarks.ListDueAsync(tables, SummaryMarks.CustomersPartition, cancellationToken).ConfigureAwait(false))
        {
            await RefreshAsync(tenantId, cancellationToken).ConfigureAwait(false);
            await SummaryMarks.ClearAsync(tables, SummaryMarks.CustomersPartition, tenantId, version, cancellationToken).ConfigureAwait(false);
            refreshed++;
        }

        return refreshed;
    }

    /// <summary>Computes and stores one tenant's customer summary, call-list candidates, customers at risk and mining counts now.</summary>
    public async Task<CustomerSummary> RefreshAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var (computed, facts) = await documents.RefreshWithFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
        await mining.WriteAsync(tenantId, facts.Accounts, facts.Deals, facts.Interactions, computed.Summary, cancellationToken).ConfigureAwait(false);
        return computed.Summary;
    }

    /// <summary>Retrains the models older than the retrain interval and recomputes those tenants' summaries; the number retrained.</summary>
    public async Task<int> RetrainDueAsync(CancellationToken cancellationToken = default)
    {
        var retrained = 0;
        var now = time.GetUtcNow();
        foreach (var (tenantId, trainedAt) in await models.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (now - trainedAt >= options.Value.RetrainInterval)
            {
                await models.RetrainAsync(tenantId, cancellationToken).ConfigureAwait(false);
                await RefreshAsync(tenantId, cancellationToken).ConfigureAwait(false);
                retrained++;
            }
        }

        return retrained;
    }
}
