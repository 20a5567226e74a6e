using System.Collections.Concurrent;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Parsed documents kept per key with the version (ETag) they were read at, at most <c>capacity</c> of them (then they
/// start over): while a cheap probe shows the same version, the kept document is used again; on another version the
/// whole document is read and kept; when the probe or the read finds nothing, the key is forgotten and the answer is
/// null. With the tenant's <see cref="AnalyticsVersions"/> a kept document also remembers the tenant version it was
/// validated against (read before its probe): while the tenant version is still that (or this instance already knew a
/// higher one when it validated), no publish has completed since and the kept document answers without its probe.
/// <see cref="KeptRows{T}"/>, <see cref="KeptDocuments{T}"/> and the pipeline summary's reader share it.
/// </summary>
internal sealed class KeptParsed<TKey, T>(int capacity = KeptParsed<TKey, T>.DefaultCapacity)
    where TKey : notnull
    where T : class
{
    public const int DefaultCapacity = 1_000;

    private readonly ConcurrentDictionary<TKey, (ETag Version, T Document, long Validated)> _kept = new();

    /// <summary>How many documents are kept now (never more than the capacity).</summary>
    public int Count => _kept.Count;

    /// <summary>Whether a document is kept for <paramref name="key"/>.</summary>
    public bool Holds(TKey key) => _kept.ContainsKey(key);

    /// <summary>
    /// The document of <paramref name="key"/>: the kept one while <paramref name="probe"/> (the stored version; null
    /// when there is none) shows its version, else what <paramref name="read"/> (the whole document and its version;
    /// null when there is none) gives.
    /// </summary>
    public Task<T?> ReadAsync(
        TKey key,
        Func<CancellationToken, Task<ETag?>> probe,
        Func<CancellationToken, Task<(ETag Version, T Document)?>> read,
        CancellationToken cancellationToken) =>
        ReadAsync(key, static _ => Task.FromResult(0L), probe, read, cancellationToken);

    /// <summary>
    /// The document of <paramref name="key"/>: the kept one while <paramref name="tenantVersion"/> (read first; 0: none
    /// yet, which validates nothing) is not above the one it was validated against; else as without it, the document
    /// then kept as validated against that tenant version (a first read, with nothing kept, skips the tenant version).
    /// </summary>
    public async Task<T?> ReadAsync(
        TKey key,
        Func<CancellationToken, Task<long>> tenantVersion,
        Func<CancellationToken, Task<ETag?>> probe,
        Func<CancellationToken, Task<(ETag Version, T Document)?>> read,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantVersion);
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(read);
        // Nothing kept yet: the document alone (one read, as without versions), kept as validated against nothing (0),
        // so the next read probes it once. The tenant version must be read BEFORE the probe it validates, never beside.
        var current = _kept.ContainsKey(key) ? await tenantVersion(cancellationToken).ConfigureAwait(false) : 0;
        if (_kept.TryGetValue(key, out var kept))
        {
            if (current > 0 && kept.Validated >= current)
            {
                return kept.Document;
            }

            var version = await probe(cancellationToken).ConfigureAwait(false);
            if (version is null)
            {
                _kept.TryRemove(key, out _);
                return null;
            }

            if (version == kept.Version)
            {
                Keep(key, (kept.Version, kept.Document, current));
                return kept.Document;
            }
        }

        if (await read(cancellationToken).ConfigureAwait(false) is not { } fresh)
        {
            _kept.TryRemove(key, out _);
            return null;
        }

        if (_kept.Count >= capacity && !_kept.ContainsKey(key))
        {
            _kept.Clear();
        }

        Keep(key, (fresh.Version, fresh.Document, current));
        return fresh.Document;
    }

    /// <summary>Keeps the entry unless one validated against a higher tenant version is kept already (never back).</summary>
    private void Keep(TKey key, (ETag Version, T Document, long Validated) entry) =>
        _kept.AddOrUpdate(key, entry, (_, old) => old.Validated > entry.Validated ? old : entry);
}
