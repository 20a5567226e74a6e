using System.Text.Json;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Rows holding one JSON document in one property, kept parsed per (partition, row) with the row's ETag by
/// <see cref="KeptParsed{TKey, T}"/>: while a point read of the row's key alone shows the same ETag, the kept document
/// is used again, so a reader pays the whole row and its JSON only once per write.
/// </summary>
internal sealed class KeptRows<T>
    where T : class
{
    private readonly KeptParsed<(string Partition, string Row), T> _kept = new();

    /// <summary>The row's document; null when there is no such row.</summary>
    public Task<T?> ReadAsync(TableClient table, string partition, string rowKey, string jsonProperty, CancellationToken cancellationToken) =>
        ReadAsync(table, partition, rowKey, jsonProperty, static _ => Task.FromResult(0L), cancellationToken);

    /// <summary>The row's document, kept while <paramref name="tenantVersion"/> is unchanged (see <see cref="KeptParsed{TKey, T}"/>); null when there is no such row.</summary>
    public Task<T?> ReadAsync(TableClient table, string partition, string rowKey, string jsonProperty, Func<CancellationToken, Task<long>> tenantVersion, CancellationToken cancellationToken) =>
        _kept.ReadAsync(
            (partition, rowKey),
            tenantVersion,
            async ct => await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, select: ["RowKey"], cancellationToken: ct).ConfigureAwait(false) is { HasValue: true } version
                ? version.Value!.ETag
                : null,
            async ct => await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: ct).ConfigureAwait(false) is { HasValue: true } row
                ? (row.Value!.ETag, JsonSerializer.Deserialize<T>(row.Value.GetString(jsonProperty))!)
                : null,
            cancellationToken);
}
