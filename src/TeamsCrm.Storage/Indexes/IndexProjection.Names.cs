using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Storage.Indexes;

/// <summary>
/// The search's entries. Deals and contacts: one per search key of the name (<see cref="NameFolding.SearchKeys"/>),
/// row key "{key}|{account id}|{record id}", holding only what the preview shows of the record itself (deal: title,
/// stage, owner; contact: name, role). The account's name and owner live once per account in its summary entry and
/// are read from there when searching: renaming an account or changing its owner rewrites one entry (and its name
/// entries), never its deals' and contacts'.
/// </summary>
public static partial class IndexProjection
{
    /// <summary>
    /// The most name entries one account, deal or contact gets (its first words' keys): a rename deletes and writes them
    /// all through one outbox entity (at most 1 MB), so a 200-character name of one-letter words must not ask for 200 of
    /// them. A word after the twelfth still matches, but a search cannot start from it.
    /// </summary>
    public const int MaxNameKeys = 12;

    private static void AddSummary(Dictionary<(string, string), IReadOnlyDictionary<string, string?>> entries, string tenantId, Account account) =>
        entries[(StorageKeys.AccountSummaryPartition(tenantId), account.Id)] = new Dictionary<string, string?>
        {
            ["Name"] = account.Name,
            ["OwnerId"] = account.Owner.UserId,
            ["OwnerName"] = account.Owner.DisplayName,
        };

    private static void AddNames(Dictionary<(string, string), IReadOnlyDictionary<string, string?>> entries, string tenantId, Deal deal) =>
        AddNames(entries, StorageKeys.DealNameIndexPartition(tenantId), deal.AccountId, deal.Id, deal.Title, new()
        {
            ["Stage"] = deal.Stage.ToString(),
            ["OwnerId"] = deal.Owner.UserId,
            ["OwnerName"] = deal.Owner.DisplayName,
        });

    private static void AddNames(Dictionary<(string, string), IReadOnlyDictionary<string, string?>> entries, string tenantId, Contact contact) =>
        AddNames(entries, StorageKeys.ContactNameIndexPartition(tenantId), contact.AccountId, contact.Id, contact.FullName, new() { ["Role"] = contact.Role });

    /// <summary>One entry per search key of <paramref name="name"/>: the record's ids, its name and its own preview fields.</summary>
    private static void AddNames(
        Dictionary<(string, string), IReadOnlyDictionary<string, string?>> entries, string partitionKey, string accountId, string recordId, string name, Dictionary<string, string?> preview)
    {
        foreach (var key in NameFolding.SearchKeys(name).Take(MaxNameKeys))
        {
            entries[(partitionKey, $"{key}|{accountId}|{recordId}")] = new Dictionary<string, string?>(preview)
            {
                ["AccountId"] = accountId,
                ["RecordId"] = recordId,
                ["Name"] = name,
            };
        }
    }
}
