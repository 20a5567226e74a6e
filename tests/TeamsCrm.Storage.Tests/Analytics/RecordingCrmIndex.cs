namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>The real index, with the personal-list reads it was asked for recorded (how many entries each point-read batch asked for; every whole-list read).</summary>
internal sealed class RecordingCrmIndex(ICrmIndex inner) : ICrmIndex
{
    public List<int> ExistingBatches { get; } = [];

    public List<PersonalListKind> WholeLists { get; } = [];

    public Task<IReadOnlyList<PersonalEntry>> ExistingPersonalAsync(string tenantId, string userId, PersonalListKind kind, IReadOnlyCollection<(string AccountId, string RecordId)> records, CancellationToken cancellationToken = default)
    {
        ExistingBatches.Add(records.Count);
        return inner.ExistingPersonalAsync(tenantId, userId, kind, records, cancellationToken);
    }

    public Task<IReadOnlyList<PersonalEntry>> ListPersonalAsync(string tenantId, string userId, PersonalListKind kind, CancellationToken cancellationToken = default)
    {
        WholeLists.Add(kind);
        return inner.ListPersonalAsync(tenantId, userId, kind, cancellationToken);
    }

    public Task<IReadOnlyList<AccountNameEntry>> SearchAccountNamesAsync(string tenantId, string foldedPrefix, int take, CancellationToken cancellationToken = default) =>
        inner.SearchAccountNamesAsync(tenantId, foldedPrefix, take, cancellationToken);

    public Task<IReadOnlyList<RecordNameEntry>> SearchRecordNamesAsync(string tenantId, RecordNameKind kind, string foldedPrefix, int take, CancellationToken cancellationToken = default) =>
        inner.SearchRecordNamesAsync(tenantId, kind, foldedPrefix, take, cancellationToken);

    public Task<IReadOnlyList<AccountSummaryEntry>> GetAccountSummariesAsync(string tenantId, IReadOnlyCollection<string> accountIds, CancellationToken cancellationToken = default) =>
        inner.GetAccountSummariesAsync(tenantId, accountIds, cancellationToken);

    public Task<IReadOnlyList<PartnerShareEntry>> ListPartnerSharesAsync(string tenantId, string partnerOrganizationId, CancellationToken cancellationToken = default) =>
        inner.ListPartnerSharesAsync(tenantId, partnerOrganizationId, cancellationToken);

    public Task<IReadOnlyList<DueHandoffEntry>> ListDueHandoffsAsync(string tenantId, DateTimeOffset dueBefore, int take, CancellationToken cancellationToken = default) =>
        inner.ListDueHandoffsAsync(tenantId, dueBefore, take, cancellationToken);

    public Task RemovePersonalAsync(string tenantId, string userId, PersonalEntry entry, CancellationToken cancellationToken = default) =>
        inner.RemovePersonalAsync(tenantId, userId, entry, cancellationToken);
}
