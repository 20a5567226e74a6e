using System.Globalization;
using System.Net;
using System.Text.Json;
using TeamsCrm.Storage.Indexes;

namespace TeamsCrm.Storage.Outbox;

/// <summary>
/// Makes index updates survive a crash. Before the primary transaction a marker names the partition
/// and operation; the transaction itself carries an outbox entity listing the index operations. After
/// the commit the operations are applied, then the outbox entity and the marker are deleted. If the
/// process dies in between, <see cref="RepairAsync"/> (run by the sweeper) finds the marker, replays
/// the operations from the outbox entity — idempotently — and cleans up. A marker whose transaction
/// never committed finds no outbox entity and is simply removed. The operations' JSON is split over as many string
/// properties as it needs (<see cref="PartLength"/> characters each, below Table Storage's 64 KB per property), so a
/// change set of many records is bounded by the entity's 1 MB, not by one property.
/// </summary>
public sealed class IndexOutbox(CrmTables tables, IIndexWriter writer, TimeProvider time)
{
    /// <summary>Characters per part: UTF-16, so 60,000 bytes of the 65,536 a string property holds.</summary>
    public const int PartLength = 30_000;

    private const string OperationsProperty = "Operations";
    private const string PartsProperty = "OperationParts";

    public static TableEntity CreateEntry(string partitionKey, string operationId, IReadOnlyList<IndexOperation> operations)
    {
        var json = JsonSerializer.Serialize(operations);
        var parts = Math.Max(1, (json.Length + PartLength - 1) / PartLength);
        var entry = new TableEntity(partitionKey, StorageKeys.OutboxPrefix + operationId) { [PartsProperty] = parts };
        for (var part = 0; part < parts; part++)
        {
            var start = part * PartLength;
            entry[PartName(part)] = json.Substring(start, Math.Min(PartLength, json.Length - start));
        }

        return entry;
    }

    /// <summary>The operations an outbox entity lists (entries written before the split have one part and no count).</summary>
    public static IndexOperation[] ReadEntry(TableEntity entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var parts = entry.GetInt32(PartsProperty) ?? 1;
        var json = string.Concat(Enumerable.Range(0, parts).Select(part => entry.GetString(PartName(part))));
        return json.Length == 0 ? [] : JsonSerializer.Deserialize<IndexOperation[]>(json) ?? [];
    }

    private static string PartName(int part) => part == 0 ? OperationsProperty : OperationsProperty + part.ToString(CultureInfo.InvariantCulture);

    public Task WriteMarkerAsync(string tenantId, string accountId, string operationId, CancellationToken cancellationToken) =>
        tables.Outbox.UpsertEntityAsync(
            new TableEntity(tenantId, $"{accountId}|{operationId}") { ["CreatedAt"] = time.GetUtcNow() },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task DeleteMarkerAsync(string tenantId, string accountId, string operationId, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Outbox.DeleteEntityAsync(tenantId, $"{accountId}|{operationId}", ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            // Another sweeper got there first.
        }
    }

    /// <summary>Applies the operations committed with a change, then removes the outbox entity and the marker.</summary>
    public async Task CompleteAsync(string tenantId, string accountId, string operationId, IReadOnlyList<IndexOperation> operations, CancellationToken cancellationToken)
    {
        await writer.ApplyAsync(operations, cancellationToken).ConfigureAwait(false);
        try
        {
            await tables.Data.DeleteEntityAsync(StorageKeys.AccountPartition(tenantId, accountId), StorageKeys.OutboxPrefix + operationId, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            // Already completed by the sweeper.
        }

        await DeleteMarkerAsync(tenantId, accountId, operationId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replays every interrupted index update whose marker is older than <paramref name="minimumAge"/>. Returns how many markers it handled.</summary>
    public async Task<int> RepairAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow() - minimumAge;
        var handled = 0;
        await foreach (var marker in tables.Outbox.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (marker.GetDateTimeOffset("CreatedAt") is { } created && created > cutoff)
            {
                continue;
            }

            var separator = marker.RowKey.IndexOf('|', StringComparison.Ordinal);
            var (tenantId, accountId, operationId) = (marker.PartitionKey, marker.RowKey[..separator], marker.RowKey[(separator + 1)..]);
            var entry = await tables.Data.GetEntityIfExistsAsync<TableEntity>(
                StorageKeys.AccountPartition(tenantId, accountId), StorageKeys.OutboxPrefix + operationId, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (entry.HasValue && entry.Value is { } outbox)
            {
                await CompleteAsync(tenantId, accountId, operationId, ReadEntry(outbox), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await DeleteMarkerAsync(tenantId, accountId, operationId, cancellationToken).ConfigureAwait(false);
            }

            handled++;
        }

        return handled;
    }
}
