namespace TeamsCrm.Core.Search;

public sealed partial class RecordSearch
{
    /// <summary>
    /// A guest's search, from partitions: the named accounts and the caller's working set (what is shared with their
    /// organisation), at most <see cref="MaxAccounts"/> partitions each, read in parallel and checked by the access
    /// policy. The working set is read while the names are looked up; only named accounts outside it are read afterwards.
    /// </summary>
    private async Task<IReadOnlyList<RecordHit>> SearchSharedPartitionsAsync(Caller caller, IReadOnlyList<string> words, Func<CancellationToken, Task<IReadOnlyList<string>>> findAccounts, CancellationToken cancellationToken)
    {
        var named = findAccounts(cancellationToken);
        var working = LoadWorkingSetAsync(caller, cancellationToken);
        await Task.WhenAll(named, working).ConfigureAwait(false);
        var accountsByName = (await named.ConfigureAwait(false)).Take(MaxAccounts).ToArray();
        var workingVisible = await working.ConfigureAwait(false);
        var outside = accountsByName.Where(id => !workingVisible.Any(v => v.Partition.Account.Id == id));
        var visible = workingVisible.Concat(await LoadAsync(caller, outside, cancellationToken).ConfigureAwait(false)).ToArray();
        var accounts = accountsByName.Select(id => visible.FirstOrDefault(v => v.Partition.Account.Id == id)).OfType<VisibleAccount>().Select(v => AccountHit(v.Partition.Account));
        var records = InOrder(visible.SelectMany(v => DealsOf(v, d => Matches(words, d.Title)).Concat(ContactsOf(v, c => Matches(words, c.FirstName + " " + c.LastName)))));
        return accounts.Concat(records).ToArray();
    }
}
