namespace TeamsCrm.Graph.People;

/// <summary>
/// An offline people directory over a fixed list (the demo people in Development): the same
/// answers as <see cref="GraphPeopleDirectory"/> — prefix search on names and email (also with
/// folded umlauts), lookup by object id, managers — without a tenant to call. Calls for any
/// other tenant return nothing.
/// </summary>
public sealed class InMemoryPeopleDirectory : IPeopleDirectory
{
    private readonly string _tenantId;
    private readonly IReadOnlyList<Person> _everyone;
    private readonly Dictionary<string, Person> _byId;
    private readonly Dictionary<string, string> _managerIds;

    /// <param name="tenantId">The one tenant this directory belongs to.</param>
    /// <param name="people">The tenant's people.</param>
    /// <param name="managers">Optional: each person's manager, as user id → manager's user id.</param>
    public InMemoryPeopleDirectory(string tenantId, IEnumerable<Person> people, IReadOnlyDictionary<string, string>? managers = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(people);
        _tenantId = tenantId;
        _everyone = [.. people];
        _byId = _everyone.ToDictionary(p => p.UserId, StringComparer.OrdinalIgnoreCase);
        _managerIds = new(managers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
    }

    public Task<IReadOnlyList<Person>> FindAsync(string tenantId, string query, int take, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var prefix = query?.Trim() ?? string.Empty;
        if (!IsMine(tenantId) || prefix.Length == 0 || take <= 0)
        {
            return Task.FromResult<IReadOnlyList<Person>>([]);
        }

        var found = PeopleRanking.BestFirst(
            _everyone.Where(p => PersonPrefixMatch.Matches(p, prefix)),
            p => PersonPrefixMatch.DisplayNameStartsWith(p, prefix),
            take);
        return Task.FromResult(found);
    }

    public Task<Person?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Lookup(tenantId, userId));
    }

    public Task<Person?> GetManagerAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var manager = IsMine(tenantId) && userId is not null && _managerIds.TryGetValue(userId, out var managerId)
            ? Lookup(tenantId, managerId)
            : null;
        return Task.FromResult(manager);
    }

    private Person? Lookup(string tenantId, string? userId) =>
        IsMine(tenantId) && userId is not null && _byId.TryGetValue(userId, out var person) ? person : null;

    private bool IsMine(string tenantId) => string.Equals(tenantId, _tenantId, StringComparison.OrdinalIgnoreCase);
}
