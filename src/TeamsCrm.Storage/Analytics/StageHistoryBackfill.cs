using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Deals;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Writes the stage rows ("d|{account}|{deal}|s|{UTC ticks}") of every stored deal from its audit entries
/// (<see cref="AuditStageHistory"/>, <see cref="StageHistoryWriter"/>), for deals whose stage changes happened before the projection wrote such rows. One
/// pass over the data table — its deal rows and the deals' audit entries, account partition by account partition, in
/// key order (tenant by tenant) — with the rows upserted in transactions of up to 100 per tenant. The rows have the
/// projection's keys and values, so running twice or racing the live projection writes the same rows. When a tenant's
/// partitions are done, its pipeline summary is recomputed in full from the facts (<see cref="SummaryRefresher.RebuildAsync"/>).
/// A checkpoint (the last account partition whose rows are written) lets a run cut short resume where it stopped; once
/// the pass is done, this <see cref="Version"/> never runs again.
/// </summary>
public sealed partial class StageHistoryBackfill(CrmTables tables, SummaryRefresher refresher)
{
    /// <summary>Raise when the stage rows' derivation changes and every deal's history must be written again.</summary>
    public const int Version = 1;

    /// <summary>Stage rows per transaction (at most the 100 a transaction holds; tests make it small to crash between them).</summary>
    internal int RowsPerTransaction { get; init; } = StageHistoryWriter.MaxRowsPerTransaction;

    private readonly StageHistoryWriter _writer = new(tables);

    /// <summary>The deal rows and the deals' audit entries of every account partition after <paramref name="after"/>.</summary>
    private static string DealsAndTheirAudit(string after) => TableClient.CreateQueryFilter(
        $"PartitionKey gt {after} and ((RowKey ge {StorageKeys.DealPrefix} and RowKey lt {StorageKeys.PrefixEnd(StorageKeys.DealPrefix)}) or (RowKey ge {StorageKeys.AuditPrefix} and RowKey lt {StorageKeys.PrefixEnd(StorageKeys.AuditPrefix)} and RecordKind eq {"Deal"}))");

    /// <summary>Writes the stage history unless this version is done; what it wrote (nothing when it was done).</summary>
    public async Task<StageHistoryBackfillResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var progress = await ReadProgressAsync(cancellationToken).ConfigureAwait(false);
        if (progress.Done)
        {
            return new StageHistoryBackfillResult(0, 0, 0);
        }

        var run = new Run(progress);
        await foreach (var entity in tables.Data.QueryAsync<TableEntity>(DealsAndTheirAudit(progress.After), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entity.PartitionKey != run.Partition)
            {
                await EndPartitionAsync(run, cancellationToken).ConfigureAwait(false);
                if (TenantOf(entity.PartitionKey) != run.Tenant)
                {
                    await EndTenantAsync(run, cancellationToken).ConfigureAwait(false);
                    run.Tenant = TenantOf(entity.PartitionKey);
                }

                run.Partition = entity.PartitionKey;
            }

            switch (RecordMapper.FromEntity(entity))
            {
                case Deal deal:
                    run.Deals.Add(deal);
                    break;
                case AuditEntry entry:
                    run.Audit.Add(entry);
                    break;
            }
        }

        await EndPartitionAsync(run, cancellationToken).ConfigureAwait(false);
        await EndTenantAsync(run, cancellationToken).ConfigureAwait(false);
        await WriteProgressAsync(run.Progress with { Done = true }, cancellationToken).ConfigureAwait(false);
        return run.Result;
    }

    /// <summary>Queues the stage rows of the partition's deals; writes them once a transaction's worth is queued.</summary>
    private async Task EndPartitionAsync(Run run, CancellationToken cancellationToken)
    {
        if (run.Partition is null)
        {
            return;
        }

        run.Rows.AddRange(StageHistoryWriter.RowsOf(run.Tenant!, run.Deals, run.Audit));
        run.Result = run.Result with { Deals = run.Result.Deals + run.Deals.Count };
        run.Deals.Clear();
        run.Audit.Clear();
        run.Progress = run.Progress with { After = run.Partition, Finished = null };
        run.Partition = null;
        if (run.Rows.Count >= RowsPerTransaction)
        {
            await FlushAsync(run, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the tenant's last rows, recomputes its summary in full, then records it as finished.</summary>
    private async Task EndTenantAsync(Run run, CancellationToken cancellationToken)
    {
        if (run.Tenant is null || run.Progress.Finished == run.Tenant)
        {
            return;
        }

        await FlushAsync(run, cancellationToken).ConfigureAwait(false);
        await refresher.RebuildAsync(run.Tenant, cancellationToken).ConfigureAwait(false);
        run.Progress = run.Progress with { Finished = run.Tenant };
        run.Result = run.Result with { Tenants = run.Result.Tenants + 1 };
        await WriteProgressAsync(run.Progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Upserts the queued rows (one tenant's facts partition) in transactions, then moves the checkpoint past them.</summary>
    private async Task FlushAsync(Run run, CancellationToken cancellationToken)
    {
        await _writer.UpsertAsync(run.Rows, RowsPerTransaction, cancellationToken).ConfigureAwait(false);
        run.Result = run.Result with { Rows = run.Result.Rows + run.Rows.Count };
        run.Rows.Clear();
        await WriteProgressAsync(run.Progress, cancellationToken).ConfigureAwait(false);
    }

    private static string TenantOf(string partitionKey) => partitionKey[..partitionKey.IndexOf('|', StringComparison.Ordinal)];

    /// <summary>One run's state: where it is, what it has queued and what it wrote.</summary>
    private sealed class Run(StageHistoryProgress progress)
    {
        public StageHistoryProgress Progress { get; set; } = progress;

        /// <summary>The tenant being filled: on a resume, the checkpoint's, unless it was finished.</summary>
        public string? Tenant { get; set; } = progress.After.Length == 0 || progress.Finished == TenantOf(progress.After) ? null : TenantOf(progress.After);

        public string? Partition { get; set; }

        public List<Deal> Deals { get; } = [];

        public List<AuditEntry> Audit { get; } = [];

        public List<TableEntity> Rows { get; } = [];

        public StageHistoryBackfillResult Result { get; set; } = new(0, 0, 0);
    }
}
