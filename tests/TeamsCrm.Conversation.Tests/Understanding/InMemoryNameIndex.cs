namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>
/// The account name index as storage keeps it — one entry per search key (<see cref="NameFolding.SearchKeys"/>),
/// answered by prefix in key order — for one tenant. Records the prefixes asked for.
/// </summary>
internal sealed class InMemoryNameIndex : ICrmIndex
{
    private readonly List<(string Key, AccountNameEntry Entry)> _entries = [];

    public List<string> Queries { get; } = [];

    public string Add(string name)
    {
        var id = $"account-{_entries.Count + 1:D3}";
        foreach (var key in NameFolding.SearchKeys(name))
        {
            _entries.Add((key, new AccountNameEntry(id, name, null, null)));
        }

        return id;
    }

    public Task<IReadOnlyList<AccountNameEntry>> SearchAccountNamesAsync(string tenantId, string foldedPrefix, int take, CancellationToken cancellationToken = default)
    {
        Queries.Add(foldedPrefix);
        IReadOnlyList<AccountNameEntry> hits = _entries
            .Where(e => e.Key.StartsWith(foldedPrefix, StringComparison.Ordinal))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Take(take)
            .Select(e => e.Entry)
            .ToArray();
        return Task.FromResult(hits);
    }

    public Task<IReadOnlyList<RecordNameEntry>> SearchRecordNamesAsync(string tenantId, RecordNameKind kind, string foldedPrefix, int take, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<AccountSummaryEntry>> GetAccountSummariesAsync(string tenantId, IReadOnlyCollection<string> accountIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PersonalEntry>> ListPersonalAsync(string tenantId, string userId, PersonalListKind kind, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PersonalEntry>> ExistingPersonalAsync(string tenantId, string userId, PersonalListKind kind, IReadOnlyCollection<(string AccountId, string RecordId)> records, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PartnerShareEntry>> ListPartnerSharesAsync(string tenantId, string partnerOrganizationId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PartnerShareEntry>>([]);

    public Task<IReadOnlyList<DueHandoffEntry>> ListDueHandoffsAsync(string tenantId, DateTimeOffset dueBefore, int take, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task RemovePersonalAsync(string tenantId, string userId, PersonalEntry entry, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
