using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Search;

/// <summary>
/// Finds accounts, deals and contacts for one caller, and reads one of them again by id. Deals and contacts match
/// when each folded word of the query starts a word of their name. A member (who sees every account of the tenant)
/// is answered from the tenant's indexes alone (<c>RecordSearch.Indexes.cs</c>); a guest from the partitions shared
/// with their organisation and the named accounts, each checked by the access policy (<c>RecordSearch.Shared.cs</c>):
/// only shared deals and, with an account share, its contacts. Every hit carries only <see cref="RecordHit"/>'s fields.
/// </summary>
public sealed partial class RecordSearch(IAccountStore store, ICrmIndex index)
{
    public const int MaxAccounts = 25;

    /// <summary>
    /// The accounts <paramref name="findAccounts"/> finds by name (in that order) with their owners, then the deals and
    /// contacts whose names match <paramref name="query"/> (by kind, then name): for a member any of the tenant's, for
    /// a guest those of the named accounts and of what is shared with their organisation.
    /// </summary>
    public async Task<IReadOnlyList<RecordHit>> SearchAsync(Caller caller, string? query, Func<CancellationToken, Task<IReadOnlyList<string>>> findAccounts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(findAccounts);
        var words = NameFolding.SignificantWords(query);
        if (words.Count == 0)
        {
            return [];
        }

        return caller.IsGuest
            ? await SearchSharedPartitionsAsync(caller, words, findAccounts, cancellationToken).ConfigureAwait(false)
            : await SearchIndexesAsync(caller, words, findAccounts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The caller's recent and own records: their accounts, then their open deals (a guest: shared accounts and deals).</summary>
    public async Task<IReadOnlyList<RecordHit>> OwnAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var visible = await LoadWorkingSetAsync(caller, cancellationToken).ConfigureAwait(false);
        var accounts = visible
            .Where(v => caller.IsGuest || v.Partition.Account.Owner.UserId == caller.UserId)
            .Select(v => AccountHit(v.Partition.Account));
        var deals = visible.SelectMany(v => DealsOf(v, d => d.IsOpen && (caller.IsGuest || d.Owner.UserId == caller.UserId)));
        return accounts.OrderBy(h => h.Name, StringComparer.CurrentCultureIgnoreCase)
            .Concat(deals.OrderBy(h => h.Name, StringComparer.CurrentCultureIgnoreCase))
            .ToArray();
    }

    /// <summary>One record as the caller may see it again (a search result chosen, a link): NotFound when it does not exist for them.</summary>
    public async Task<CrmResult<RecordHit>> GetAsync(Caller caller, RecordKind kind, string? accountId, string? recordId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var hit = kind switch
        {
            RecordKind.Account => AccountHit(loaded.Value.Partition.Account),
            RecordKind.Deal => DealsOf(loaded.Value, d => d.Id == recordId).FirstOrDefault(),
            RecordKind.Contact => ContactsOf(loaded.Value, c => c.Id == recordId).FirstOrDefault(),
            _ => null,
        };
        return hit is null ? CrmError.NotFound() : CrmResult<RecordHit>.Success(hit);
    }

    /// <summary>An account found by name, as a hit (the name index does not hold owners: read from the partition).</summary>
    public static RecordHit AccountHit(Account account) =>
        new(RecordKind.Account, account.Id, null, account.Name, account.Name, account.Owner);

    private static IEnumerable<RecordHit> DealsOf(VisibleAccount visible, Func<Deal, bool> wanted) =>
        visible.Partition.Deals.Where(d => visible.Access.CanSeeDeal(d.Id) && wanted(d)).Select(d =>
            new RecordHit(RecordKind.Deal, visible.Partition.Account.Id, d.Id, d.Title, visible.Partition.Account.Name, d.Owner) { Stage = d.Stage });

    private static IEnumerable<RecordHit> ContactsOf(VisibleAccount visible, Func<Contact, bool> wanted) =>
        visible.Access.Can(CrmAction.ViewContacts)
            ? visible.Partition.Contacts.Where(wanted).Select(c =>
                new RecordHit(RecordKind.Contact, visible.Partition.Account.Id, c.Id, $"{c.FirstName} {c.LastName}", visible.Partition.Account.Name, visible.Partition.Account.Owner) { Role = c.Role })
            : [];

    private static IOrderedEnumerable<RecordHit> InOrder(IEnumerable<RecordHit> records) =>
        records.OrderBy(h => h.Kind)
            .ThenBy(h => h.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(h => h.AccountName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(h => h.RecordId, StringComparer.Ordinal);

    /// <summary>True when every query word starts one of the name's folded words (in any order).</summary>
    private static bool Matches(IReadOnlyList<string> queryWords, string name)
    {
        var words = NameFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return queryWords.All(q => words.Any(w => w.StartsWith(q, StringComparison.Ordinal)));
    }
}
