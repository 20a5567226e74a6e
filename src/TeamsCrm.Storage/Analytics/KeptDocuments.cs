using System.Text.Json;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// <see cref="JsonParts"/> documents kept parsed per partition with their header's ETag by
/// <see cref="KeptParsed{TKey, T}"/>: while one point read of the header shows the same ETag, the kept document is
/// used again, so a reader pays the whole partition and the JSON only once per write.
/// </summary>
internal sealed class KeptDocuments<T>
    where T : class
{
    private readonly KeptParsed<string, T> _kept = new();

    /// <summary>The partition's document; null when there is none.</summary>
    public Task<T?> ReadAsync(TableClient table, string partition, CancellationToken cancellationToken) =>
        ReadAsync(table, partition, static _ => Task.FromResult(0L), cancellationToken);

    /// <summary>The partition's document, kept while <paramref name="tenantVersion"/> is unchanged (see <see cref="KeptParsed{TKey, T}"/>); null when there is none.</summary>
    public Task<T?> ReadAsync(TableClient table, string partition, Func<CancellationToken, Task<long>> tenantVersion, CancellationToken cancellationToken) =>
        _kept.ReadAsync(
            partition,
            tenantVersion,
            ct => JsonParts.VersionAsync(table, partition, ct),
            async ct => await JsonParts.ReadVersionedAsync(table, partition, ct).ConfigureAwait(false) is { } read
                ? (read.Version, JsonSerializer.Deserialize<T>(read.Json)!)
                : null,
            cancellationToken);
}
