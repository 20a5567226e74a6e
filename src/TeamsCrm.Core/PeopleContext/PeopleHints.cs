using System.Collections.Concurrent;

namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// The people each account's card needed the last time it was built (owner and colleagues), per tenant,
/// so the next build can ask the directory before storage answers. Bounded; a stale hint only costs a second request.
/// </summary>
internal sealed class PeopleHints
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, (string OwnerId, IReadOnlyList<string> PeopleIds)> _hints = new(StringComparer.Ordinal);

    public (string OwnerId, IReadOnlyList<string> PeopleIds)? Get(string tenantId, string accountId) =>
        _hints.TryGetValue(Key(tenantId, accountId), out var hint) ? hint : null;

    public void Set(string tenantId, string accountId, string ownerId, IReadOnlyList<string> peopleIds)
    {
        if (_hints.Count >= Capacity)
        {
            _hints.Clear();
        }

        _hints[Key(tenantId, accountId)] = (ownerId, peopleIds);
    }

    private static string Key(string tenantId, string accountId) => $"{tenantId}|{accountId}";
}
