namespace TeamsCrm.Core.Search;

public sealed partial class RecordSearch
{
    /// <summary>How many entries one name index range query reads (the same page as the account resolver's).</summary>
    public const int NamePage = 60;

    /// <summary>The most deals, and the most contacts, one search returns (a page of results shows at most 25).</summary>
    public const int MaxRecordsPerKind = 25;

    /// <summary>
    /// A member's search, from the tenant's indexes only (members see every account of their tenant, so no access
    /// check on a partition is needed for the preview). Round 1, in parallel: the accounts by name, and the deal and
    /// contact name indexes by the query's longest word (every record with a word starting with it is in that range;
    /// the other words are matched on the entry's name). Round 2: the summaries (name, owner) of the accounts found and
    /// of the found records' accounts, point reads in parallel; a record whose account has no summary (deleted) is left
    /// out. The account's name and owner are read here rather than copied into the record entries, so they are never
    /// staler than the account's own index entry.
    /// </summary>
    private async Task<IReadOnlyList<RecordHit>> SearchIndexesAsync(Caller caller, IReadOnlyList<string> words, Func<CancellationToken, Task<IReadOnlyList<string>>> findAccounts, CancellationToken cancellationToken)
    {
        var prefix = words.OrderByDescending(w => w.Length).First();
        var named = findAccounts(cancellationToken);
        var deals = index.SearchRecordNamesAsync(caller.TenantId, RecordNameKind.Deal, prefix, NamePage, cancellationToken);
        var contacts = index.SearchRecordNamesAsync(caller.TenantId, RecordNameKind.Contact, prefix, NamePage, cancellationToken);
        await Task.WhenAll(named, deals, contacts).ConfigureAwait(false);
        var accountIds = (await named.ConfigureAwait(false)).Distinct(StringComparer.Ordinal).Take(MaxAccounts).ToArray();
        var dealEntries = Matching(await deals.ConfigureAwait(false), words);
        var contactEntries = Matching(await contacts.ConfigureAwait(false), words);
        var wanted = accountIds.Concat(dealEntries.Concat(contactEntries).Select(e => e.AccountId)).Distinct(StringComparer.Ordinal).ToArray();
        var summaries = (await index.GetAccountSummariesAsync(caller.TenantId, wanted, cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.AccountId, StringComparer.Ordinal);

        var accounts = accountIds.Where(summaries.ContainsKey).Select(id => summaries[id])
            .Select(s => new RecordHit(RecordKind.Account, s.AccountId, null, s.Name, s.Name, s.Owner));
        var dealHits = dealEntries.Where(e => summaries.ContainsKey(e.AccountId)).Select(e =>
            new RecordHit(RecordKind.Deal, e.AccountId, e.RecordId, e.Name, summaries[e.AccountId].Name, e.Owner ?? summaries[e.AccountId].Owner) { Stage = e.Stage });
        var contactHits = contactEntries.Where(e => summaries.ContainsKey(e.AccountId)).Select(e =>
            new RecordHit(RecordKind.Contact, e.AccountId, e.RecordId, e.Name, summaries[e.AccountId].Name, summaries[e.AccountId].Owner) { Role = e.Role });
        return accounts.Concat(InOrder(dealHits.Concat(contactHits))).ToArray();
    }

    /// <summary>The distinct records (one entry per matching word) whose names match every query word, at most <see cref="MaxRecordsPerKind"/>.</summary>
    private static RecordNameEntry[] Matching(IReadOnlyList<RecordNameEntry> entries, IReadOnlyList<string> words) =>
        entries.DistinctBy(e => (e.AccountId, e.RecordId))
            .Where(e => Matches(words, e.Name))
            .Take(MaxRecordsPerKind)
            .ToArray();
}
