using System.Collections.Concurrent;
using Microsoft.Identity.Client;

namespace TeamsCrm.Graph.Delegated;

/// <summary>
/// MSAL's user token cache for the long-running on-behalf-of sessions, one serialized entry per session key
/// (MSAL's suggested cache key), in memory and bounded: beyond <paramref name="capacity"/> entries the least recently
/// written tenth goes (their users fall back until they sign in to the tab again). Never written anywhere else.
/// </summary>
internal sealed class MsalSessionCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _writes;

    public int Count => _entries.Count;

    public void Attach(ITokenCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        cache.SetBeforeAccess(args => args.TokenCache.DeserializeMsalV3(Read(args.SuggestedCacheKey), shouldClearExistingCache: true));
        cache.SetAfterAccess(args =>
        {
            if (args.HasStateChanged && args.SuggestedCacheKey is { } key)
            {
                Write(key, args.HasTokens ? args.TokenCache.SerializeMsalV3() : null);
            }
        });
    }

    public byte[]? Read(string? key) => key is not null && _entries.TryGetValue(key, out var entry) ? entry.Data : null;

    /// <summary>Stores the session's serialized tokens; null removes them.</summary>
    public void Write(string key, byte[]? data)
    {
        if (data is null)
        {
            _entries.TryRemove(key, out _);
            return;
        }

        if (!_entries.ContainsKey(key) && _entries.Count >= capacity)
        {
            foreach (var old in _entries.OrderBy(e => e.Value.Written).Take(Math.Max(1, capacity / 10)).ToList())
            {
                _entries.TryRemove(old);
            }
        }

        _entries[key] = new Entry(data, Interlocked.Increment(ref _writes));
    }

    private sealed record Entry(byte[] Data, long Written);
}
