using TeamsCrm.Analytics.Insights;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Recomputes the pipeline summary of every tenant marked due (<see cref="SummaryMarks"/>) from its deal facts: the
/// summary is a function of the facts, so recomputing is idempotent and a redelivered change cannot count twice.
/// A tenant marked again while it computed stays due for the next round.
/// </summary>
public sealed class SummaryRefresher(CrmTables tables, IAnalyticsStore store, TimeProvider time)
{
    /// <summary>One round; the number of tenants whose summary it wrote.</summary>
    public async Task<int> RefreshDueAsync(CancellationToken cancellationToken = default)
    {
        var refreshed = 0;
        foreach (var (tenantId, version) in await SummaryMarks.ListDueAsync(tables, cancellationToken).ConfigureAwait(false))
        {
            await RefreshAsync(tenantId, cancellationToken).ConfigureAwait(false);
            await SummaryMarks.ClearAsync(tables, tenantId, version, cancellationToken).ConfigureAwait(false);
            refreshed++;
        }

        return refreshed;
    }

    /// <summary>Computes and stores one tenant's summary now.</summary>
    public async Task<PipelineSummary> RefreshAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var facts = await store.ReadDealFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var summary = PipelineSummary.From(facts, time.GetUtcNow());
        await store.WriteSummaryAsync(tenantId, summary, cancellationToken).ConfigureAwait(false);
        return summary;
    }

    /// <summary>The explicit full recompute from the facts, for rows written around the outbox (the stage history backfill, the demo history).</summary>
    public Task<PipelineSummary> RebuildAsync(string tenantId, CancellationToken cancellationToken = default) => RefreshAsync(tenantId, cancellationToken);
}
