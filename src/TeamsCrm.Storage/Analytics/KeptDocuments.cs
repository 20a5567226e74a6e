using System.Collections.Concurrent;
using System.Text.Json;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// <see cref="JsonParts"/> documents kept parsed per partition (at most 1,000; then they start over) with their
/// header's ETag: while one point read of the header shows the same ETag, the kept document is used again, so a
/// reader pays the whole partition and the JSON only once per write.
/// </summary>
internal sealed class KeptDocuments<T>
    where T : class
{
    private const int MaxKept = 1_000;

    private readonly ConcurrentDictionary<string, (ETag Version, T Document)> _kept = new(StringComparer.Ordinal);

    /// <summary>The partition's document; null when there is none.</summary>
    public async Task<T?> ReadAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        if (_kept.TryGetValue(partition, out var kept)
            && await JsonParts.VersionAsync(table, partition, cancellationToken).ConfigureAwait(false) == kept.Version)
        {
            return kept.Document;
        }

        if (await JsonParts.ReadVersionedAsync(table, partition, cancellationToken).ConfigureAwait(false) is not { } read)
        {
            return null;
        }

        var document = JsonSerializer.Deserialize<T>(read.Json)!;
        if (_kept.Count >= MaxKept)
        {
            _kept.Clear();
        }

        _kept[partition] = (read.Version, document);
        return document;
    }
}
