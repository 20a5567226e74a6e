using System.Collections.Concurrent;
using System.Text.Json;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Rows holding one JSON document in one property, kept parsed per (partition, row) with the row's ETag (at most
/// 1,000; then they start over): while a point read of the row's key alone shows the same ETag, the kept document is
/// used again, so a reader pays the whole row and its JSON only once per write.
/// </summary>
internal sealed class KeptRows<T>
    where T : class
{
    private const int MaxKept = 1_000;

    private readonly ConcurrentDictionary<(string Partition, string Row), (ETag Version, T Document)> _kept = new();

    /// <summary>The row's document; null when there is no such row.</summary>
    public async Task<T?> ReadAsync(TableClient table, string partition, string rowKey, string jsonProperty, CancellationToken cancellationToken)
    {
        if (_kept.TryGetValue((partition, rowKey), out var kept))
        {
            var version = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!version.HasValue)
            {
                _kept.TryRemove((partition, rowKey), out _);
                return null;
            }

            if (version.Value!.ETag == kept.Version)
            {
                return kept.Document;
            }
        }

        var row = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue)
        {
            return null;
        }

        var document = JsonSerializer.Deserialize<T>(row.Value!.GetString(jsonProperty))!;
        if (_kept.Count >= MaxKept)
        {
            _kept.Clear();
        }

        _kept[(partition, rowKey)] = (row.Value.ETag, document);
        return document;
    }
}
