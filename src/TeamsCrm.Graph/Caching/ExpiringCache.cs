using System.Collections.Concurrent;

namespace TeamsCrm.Graph.Caching;

/// <summary>
/// A small time-based cache on <see cref="TimeProvider"/>: entries live for a fixed duration, and
/// the cache never holds more than <paramref name="capacity"/> entries (expired ones are dropped
/// first; if that is not enough, everything is). Values may be null ("Graph knows no such person"
/// is an answer worth keeping too).
/// </summary>
internal sealed class ExpiringCache<TValue>(TimeProvider time, TimeSpan duration, int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, out TValue? value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.ExpiresAt > time.GetUtcNow())
            {
                value = entry.Value;
                return true;
            }

            _entries.TryRemove(KeyValuePair.Create(key, entry));
        }

        value = default;
        return false;
    }

    public void Set(string key, TValue? value)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            Trim();
        }

        _entries[key] = new Entry(value, time.GetUtcNow() + duration);
    }

    private void Trim()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }

        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
    }

    private sealed record Entry(TValue? Value, DateTimeOffset ExpiresAt);
}
