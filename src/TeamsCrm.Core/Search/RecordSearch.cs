using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Search;

/// <summary>
/// Finds accounts, deals and contacts for one caller, and reads one of them again by id. The accounts to look in are
/// the ones whose name matches (found by the caller, so only visible ones) plus the caller's own working set (accounts
/// they own and accounts of deals they own; for a guest, what is shared with their organisation): at most
/// <see cref="MaxAccounts"/> partitions, read in parallel, each checked by the access policy. Deals and contacts match
/// when each folded word of the query starts a word of their name; a guest sees only shared deals and, with an account
/// share, its contacts. Every hit carries only <see cref="RecordHit"/>'s fields.
/// </summary>
public sealed partial class RecordSearch(IAccountStore store, ICrmIndex index)
{
    public const int MaxAccounts = 25;

    /// <summary>
    /// The accounts <paramref name="findAccounts"/> finds by name (in that order) with their owners, then the deals and
    /// contacts of those accounts and of the caller's working set whose names match <paramref name="query"/>. The
    /// working set is read while the names are looked up; only named accounts outside it are read afterwards.
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

        var named = findAccounts(cancellationToken);
        var working = LoadWorkingSetAsync(caller, cancellationToken);
        await Task.WhenAll(named, working).ConfigureAwait(false);
        var accountsByName = (await named.ConfigureAwait(false)).Take(MaxAccounts).ToArray();
        var workingVisible = await working.ConfigureAwait(false);
        var outside = accountsByName.Where(id => !workingVisible.Any(v => v.Partition.Account.Id == id));
        var visible = workingVisible.Concat(await LoadAsync(caller, outside, cancellationToken).ConfigureAwait(false)).ToArray();
        var accounts = accountsByName.Select(id => visible.FirstOrDefault(v => v.Partition.Account.Id == id)).OfType<VisibleAccount>().Select(v => AccountHit(v.Partition.Account));
        var records = visible.SelectMany(v => DealsOf(v, d => Matches(words, d.Title)).Concat(ContactsOf(v, c => Matches(words, c.FirstName + " " + c.LastName))))
            .OrderBy(h => h.Kind)
            .ThenBy(h => h.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(h => h.AccountName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(h => h.RecordId, StringComparer.Ordinal);
        return accounts.Concat(records).ToArray();
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

    /// <summary>True when every query word starts one of the name's folded words (in any order).</summary>
    private static bool Matches(IReadOnlyList<string> queryWords, string name)
    {
        var words = NameFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return queryWords.All(q => words.Any(w => w.StartsWith(q, StringComparison.Ordinal)));
    }
}
