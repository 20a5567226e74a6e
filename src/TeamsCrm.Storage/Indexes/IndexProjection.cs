using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Storage.Indexes;

/// <summary>
/// Which index entries a record change adds and removes: account names (by every word), the accounts a person
/// owns, the deals a person owns while open, handoffs waiting for their recipient while pending, open tasks per
/// assignee, what is shared with each partner organisation, and (<c>IndexProjection.Names.cs</c>) every account's
/// name and owner by id and the names of deals and contacts by every word. Only real differences produce writes.
/// </summary>
public static partial class IndexProjection
{
    public static IReadOnlyList<IndexOperation> For(CrmTables tables, string tenantId, RecordChange change)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(change);
        return Diff(Entries(tenantId, change.Before), Entries(tenantId, change.After), key => TableFor(tables, key.PartitionKey, key.RowKey));
    }

    /// <summary>The writes that turn the <paramref name="before"/> entries into the <paramref name="after"/> ones: deletes of the gone, upserts of the new or changed.</summary>
    internal static IReadOnlyList<IndexOperation> Diff(
        IReadOnlyDictionary<(string PartitionKey, string RowKey), IReadOnlyDictionary<string, string?>> before,
        IReadOnlyDictionary<(string PartitionKey, string RowKey), IReadOnlyDictionary<string, string?>> after,
        Func<(string PartitionKey, string RowKey), string> tableFor)
    {
        var operations = new List<IndexOperation>();
        foreach (var (key, _) in before.Where(b => !after.ContainsKey(b.Key)))
        {
            operations.Add(new IndexOperation(tableFor(key), key.PartitionKey, key.RowKey, null));
        }

        foreach (var (key, properties) in after)
        {
            if (!before.TryGetValue(key, out var old) || !SameProperties(old, properties))
            {
                operations.Add(new IndexOperation(tableFor(key), key.PartitionKey, key.RowKey, properties));
            }
        }

        return operations;
    }

    private static Dictionary<(string PartitionKey, string RowKey), IReadOnlyDictionary<string, string?>> Entries(string tenantId, object? record)
    {
        var entries = new Dictionary<(string, string), IReadOnlyDictionary<string, string?>>();
        switch (record)
        {
            case Account account:
                foreach (var key in NameFolding.SearchKeys(account.Name).Take(MaxNameKeys))
                {
                    entries[(StorageKeys.NameIndexPartition(tenantId), $"{key}|{account.Id}")] = new Dictionary<string, string?>
                    {
                        ["AccountId"] = account.Id,
                        ["Name"] = account.Name,
                        ["Industry"] = account.Industry,
                        ["City"] = account.Address.City,
                    };
                }

                AddSummary(entries, tenantId, account);
                entries[Personal(tenantId, account.Owner.UserId, PersonalListKind.OwnedAccounts, account.Id, account.Id)] = PersonalProperties(account.Id, account.Id);
                break;
            case Deal deal:
                AddNames(entries, tenantId, deal);
                if (deal.IsOpen)
                {
                    entries[Personal(tenantId, deal.Owner.UserId, PersonalListKind.OwnedDeals, deal.AccountId, deal.Id)] = PersonalProperties(deal.AccountId, deal.Id);
                }

                break;
            case Contact contact:
                AddNames(entries, tenantId, contact);
                break;
            case Handoff { IsPending: true } handoff:
                entries[Personal(tenantId, handoff.To.UserId, PersonalListKind.HandoffsWaiting, handoff.AccountId, handoff.Id)] = PersonalProperties(handoff.AccountId, handoff.Id);
                entries[Personal(tenantId, handoff.From.UserId, PersonalListKind.HandoffsSent, handoff.AccountId, handoff.Id)] = PersonalProperties(handoff.AccountId, handoff.Id);
                if (handoff is { DueAt: { } due, ReminderSentAt: null })
                {
                    entries[(StorageKeys.DuePartition(tenantId), DueRowKey(due, handoff.AccountId, handoff.Id))] = PersonalProperties(handoff.AccountId, handoff.Id);
                }

                break;
            case FollowUpTask { IsDone: false } task:
                entries[Personal(tenantId, task.Assignee.UserId, PersonalListKind.AssignedTasks, task.AccountId, task.Id)] = PersonalProperties(task.AccountId, task.Id);
                break;
            case Share share:
                var rowKey = share.DealId is null ? $"account|{share.AccountId}" : $"deal|{share.AccountId}|{share.DealId}";
                entries[(StorageKeys.PartnerPartition(tenantId, share.PartnerOrganizationId), rowKey)] = new Dictionary<string, string?>
                {
                    ["AccountId"] = share.AccountId,
                    ["DealId"] = share.DealId,
                };
                break;
        }

        return entries;
    }

    /// <summary>Name entries go to the shard of their first character; everything else to the index table.</summary>
    private static string TableFor(CrmTables tables, string partitionKey, string rowKey) =>
        partitionKey.EndsWith("|name", StringComparison.Ordinal) ? tables.NamesFor(rowKey).Name : tables.Index.Name;

    /// <summary>Sorted by due time, so "due before now" is one range query.</summary>
    public static string DueRowKey(DateTimeOffset due, string accountId, string handoffId) =>
        $"{due.UtcDateTime.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture)}|{accountId}|{handoffId}";

    public static string PersonalRowKey(PersonalListKind kind, string accountId, string recordId) => $"{kind}|{accountId}|{recordId}";

    private static (string, string) Personal(string tenantId, string userId, PersonalListKind kind, string accountId, string recordId) =>
        (StorageKeys.PersonalPartition(tenantId, userId), PersonalRowKey(kind, accountId, recordId));

    private static Dictionary<string, string?> PersonalProperties(string accountId, string recordId) => new()
    {
        ["AccountId"] = accountId,
        ["RecordId"] = recordId,
    };

    private static bool SameProperties(IReadOnlyDictionary<string, string?> a, IReadOnlyDictionary<string, string?> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}
