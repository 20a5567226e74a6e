using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Indexes;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Writes the fact rows of every stored account and deal once per <see cref="Version"/> (records from before the facts
/// existed), as if each had just been written, then marks every tenant's summary due. Idempotent (upserts of what
/// <see cref="AllFactsProjection"/> derives: deal, account and — since version 2 — interaction rows), as
/// <see cref="IndexBackfill"/>; a marker row records that it is done.
/// </summary>
public sealed class FactBackfill(CrmTables tables, IIndexWriter writer)
{
    /// <summary>Raise when <see cref="FactProjection"/> gains a row or property that existing records must fill.</summary>
    public const int Version = 2;

    internal const string MarkerPartition = "~backfill";

    private static readonly string MarkerRow = $"facts-v{Version}";

    /// <summary>The account, deal and interaction rows of every account partition (version 2 added the interactions).</summary>
    private static readonly string FactRows = TableClient.CreateQueryFilter(
        $"RowKey eq {StorageKeys.Account} or (RowKey ge {StorageKeys.DealPrefix} and RowKey lt {StorageKeys.PrefixEnd(StorageKeys.DealPrefix)}) or (RowKey ge {StorageKeys.InteractionPrefix} and RowKey lt {StorageKeys.PrefixEnd(StorageKeys.InteractionPrefix)})");

    /// <summary>Writes the facts unless this version already did; the number of records read (0 when it had run).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if ((await tables.Facts.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue)
        {
            return 0;
        }

        var records = 0;
        await foreach (var entity in tables.Data.QueryAsync<TableEntity>(FactRows, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var tenantId = entity.PartitionKey[..entity.PartitionKey.IndexOf('|', StringComparison.Ordinal)];
            // Not the stage rows: written as if just created, they would say the deal entered its current stage at its
            // creation; StageHistoryBackfill writes them from the audit entries.
            var rows = AllFactsProjection.For(tables, tenantId, new RecordChange(null, RecordMapper.FromEntity(entity)))
                .Where(row => !(row.RowKey.StartsWith(FactProjection.DealPrefix, StringComparison.Ordinal) && row.RowKey.Contains(FactProjection.StagePrefix, StringComparison.Ordinal)))
                .ToList();
            await writer.ApplyAsync(rows, cancellationToken).ConfigureAwait(false);
            records++;
        }

        await tables.Facts.UpsertEntityAsync(new TableEntity(MarkerPartition, MarkerRow), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return records;
    }
}
