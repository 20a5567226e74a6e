using System.Collections.Concurrent;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Parsed documents kept per key with the version (ETag) they were read at, at most <c>capacity</c> of them (then they
/// start over): while a cheap probe shows the same version, the kept document is used again; on another version the
/// whole document is read and kept; when the probe or the read finds nothing, the key is forgotten and the answer is
/// null. <see cref="KeptRows{T}"/>, <see cref="KeptDocuments{T}"/> and the pipeline summary's reader share it.
/// </summary>
internal sealed class KeptParsed<TKey, T>(int capacity = KeptParsed<TKey, T>.DefaultCapacity)
    where TKey : notnull
    where T : class
{
    public const int DefaultCapacity = 1_000;

    private readonly ConcurrentDictionary<TKey, (ETag Version, T Document)> _kept = new();

    /// <summary>How many documents are kept now (never more than the capacity).</summary>
    public int Count => _kept.Count;

    /// <summary>Whether a document is kept for <paramref name="key"/>.</summary>
    public bool Holds(TKey key) => _kept.ContainsKey(key);

    /// <summary>
    /// The document of <paramref name="key"/>: the kept one while <paramref name="probe"/> (the stored version; null
    /// when there is none) shows its version, else what <paramref name="read"/> (the whole document and its version;
    /// null when there is none) gives.
    /// </summary>
    public async Task<T?> ReadAsync(
        TKey key,
        Func<CancellationToken, Task<ETag?>> probe,
        Func<CancellationToken, Task<(ETag Version, T Document)?>> read,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(read);
        if (_kept.TryGetValue(key, out var kept))
        {
            var version = await probe(cancellationToken).ConfigureAwait(false);
            if (version is null)
            {
                _kept.TryRemove(key, out _);
                return null;
            }

            if (version == kept.Version)
            {
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

        _kept[key] = fresh;
        return fresh.Document;
    }
}
