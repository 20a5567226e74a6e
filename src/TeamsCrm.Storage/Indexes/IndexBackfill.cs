using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Indexes;

/// <summary>
/// Writes every index entry the stored records call for, once per <see cref="Version"/>: records stored before an
/// index existed (a handoff sent before "handoffs I sent", an account owned before "accounts I own") get their entries,
/// as if each had just been written. Idempotent (upserts of what <see cref="IndexProjection"/> derives, never deletes),
/// so two instances running it at once do no harm; a marker row in the index table records that it is done.
/// </summary>
public sealed class IndexBackfill(CrmTables tables, IIndexWriter writer)
{
    /// <summary>
    /// Raise when <see cref="IndexProjection"/> gains an index that existing records must fill. 2: account summaries
    /// by id and the deal and contact name entries of the search.
    /// </summary>
    public const int Version = 2;

    /// <summary>The marker's partition: it starts with '~', which no tenant id does, so no tenant's key reaches it.</summary>
    internal const string MarkerPartition = "~backfill";

    private static readonly string MarkerRow = $"index-v{Version}";

    /// <summary>The rows that index entries derive from: the account, contacts, deals, handoffs and shares ("c0".."c5") and tasks.</summary>
    private static readonly string IndexedRows = TableClient.CreateQueryFilter(
        $"(RowKey ge {StorageKeys.CoreStart} and RowKey lt {StorageKeys.CoreEnd}) or (RowKey ge {StorageKeys.TaskPrefix} and RowKey lt {StorageKeys.PrefixEnd(StorageKeys.TaskPrefix)})");

    /// <summary>Fills the indexes unless this version already did; the number of records read (0 when it had run).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (await IsDoneAsync(cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        var records = 0;
        await foreach (var entity in tables.Data.QueryAsync<TableEntity>(IndexedRows, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var tenantId = entity.PartitionKey[..entity.PartitionKey.IndexOf('|', StringComparison.Ordinal)];
            var operations = IndexProjection.For(tables, tenantId, new RecordChange(null, RecordMapper.FromEntity(entity)));
            await writer.ApplyAsync(operations, cancellationToken).ConfigureAwait(false);
            records++;
        }

        await tables.Index.UpsertEntityAsync(new TableEntity(MarkerPartition, MarkerRow), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return records;
    }

    private async Task<bool> IsDoneAsync(CancellationToken cancellationToken) =>
        (await tables.Index.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue;
}
