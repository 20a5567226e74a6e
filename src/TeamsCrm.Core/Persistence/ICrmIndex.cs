namespace TeamsCrm.Core.Persistence;

/// <summary>
/// The secondary views that Table Storage cannot answer from one partition. They are written after
/// the primary change (through an outbox) and may lag behind it, so readers that decide access or
/// ownership verify each entry against the primary record.
/// </summary>
public interface ICrmIndex
{
    /// <summary>Accounts whose folded name, or a word of it, starts with <paramref name="foldedPrefix"/>: one range query.</summary>
    Task<IReadOnlyList<AccountNameEntry>> SearchAccountNamesAsync(string tenantId, string foldedPrefix, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deals or contacts of the tenant whose folded name, or a word of it, starts with <paramref name="foldedPrefix"/>:
    /// one range query, in key order (one entry per matching word, so a record may come more than once).
    /// </summary>
    Task<IReadOnlyList<RecordNameEntry>> SearchRecordNamesAsync(string tenantId, RecordNameKind kind, string foldedPrefix, int take, CancellationToken cancellationToken = default);

    /// <summary>The name and owner of each given account that exists (point reads in parallel); absent accounts are left out.</summary>
    Task<IReadOnlyList<AccountSummaryEntry>> GetAccountSummariesAsync(string tenantId, IReadOnlyCollection<string> accountIds, CancellationToken cancellationToken = default);

    /// <summary>The entries of one person's list (deals they own, handoffs waiting for them, their tasks, handoffs they sent, accounts they own).</summary>
    Task<IReadOnlyList<PersonalEntry>> ListPersonalAsync(string tenantId, string userId, PersonalListKind kind, CancellationToken cancellationToken = default);

    /// <summary>
    /// The given (account, record) entries that are in one person's list (point reads in parallel, nothing else of the
    /// list read); the absent are left out. Answers "which of these are still hers" without the whole list.
    /// </summary>
    Task<IReadOnlyList<PersonalEntry>> ExistingPersonalAsync(string tenantId, string userId, PersonalListKind kind, IReadOnlyCollection<(string AccountId, string RecordId)> records, CancellationToken cancellationToken = default);

    /// <summary>What is shared with one partner organisation.</summary>
    Task<IReadOnlyList<PartnerShareEntry>> ListPartnerSharesAsync(string tenantId, string partnerOrganizationId, CancellationToken cancellationToken = default);

    /// <summary>Pending handoffs whose due time is before <paramref name="dueBefore"/> and that were not reminded yet, oldest first.</summary>
    Task<IReadOnlyList<DueHandoffEntry>> ListDueHandoffsAsync(string tenantId, DateTimeOffset dueBefore, int take, CancellationToken cancellationToken = default);

    /// <summary>Removes a personal entry that verification found stale (idempotent repair).</summary>
    Task RemovePersonalAsync(string tenantId, string userId, PersonalEntry entry, CancellationToken cancellationToken = default);
}

public enum PersonalListKind
{
    OwnedDeals,
    HandoffsWaiting,
    AssignedTasks,

    /// <summary>Pending handoffs the person offered (listed since the tab; older pending ones are not in it).</summary>
    HandoffsSent,

    /// <summary>Accounts whose owner the person is (record id = account id).</summary>
    OwnedAccounts,
}

public sealed record AccountNameEntry(string AccountId, string Name, string? Industry, string? City);

/// <summary>One entry of a person's list; <see cref="Version"/> lets a stale-entry removal lose to a concurrent re-add.</summary>
public sealed record PersonalEntry(PersonalListKind Kind, string AccountId, string RecordId, string? Version = null);

public sealed record DueHandoffEntry(string AccountId, string HandoffId);

public sealed record PartnerShareEntry(string AccountId, string? DealId);
