using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsCrm.Conversation.Understanding;
using TeamsCrm.Core.Search;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// The storage floor of one member's name search, raw Azure.Data.Tables with the app's client settings: what the
/// message extension's search cannot do without. Round 1 (in parallel, one page of 60 each, in the name shards): the
/// account name index's range query for the folded name, and the deal and contact name indexes' range queries for the
/// query's longest word. Round 2 (in parallel): the point reads of the account summaries (name, owner) of the accounts
/// the name means (same similarity threshold as the resolver) and of the matching deals' and contacts' accounts. No
/// mapping, no card.
/// </summary>
internal sealed class SearchFloor(CrmTables tables, string tenantId)
{
    public static SearchFloor Create(string connectionString, string tablePrefix, string tenantId)
    {
        var options = new StorageOptions { ConnectionString = connectionString, TablePrefix = tablePrefix };
        var clientOptions = CrmStorageServiceCollectionExtensions.CreateClientOptions(options);
        return new SearchFloor(new CrmTables(new TableServiceClient(connectionString, clientOptions), Options.Create(options)), tenantId);
    }

    /// <summary>The demo accounts' names (the queries of both sides).</summary>
    public async Task<IReadOnlyList<string>> AccountNamesAsync(IReadOnlyList<string> accountIds)
    {
        var names = await Task.WhenAll(accountIds.Select(async id =>
            (await tables.Data.GetEntityAsync<TableEntity>(StorageKeys.AccountPartition(tenantId, id), StorageKeys.Account)).Value.GetString("Name")));
        return names;
    }

    /// <summary>One search's reads; the number of account summaries read (the report shows the average).</summary>
    public async Task<int> SearchAsync(string query)
    {
        var words = NameFolding.SignificantWords(query);
        var folded = string.Join(' ', words);
        var longest = words.OrderByDescending(w => w.Length).First();
        var names = RangeAsync(tables.NamesFor(folded), StorageKeys.NameIndexPartition(tenantId), folded, StorageKeys.PrefixEnd(folded), RecordSearch.NamePage);
        var deals = RangeAsync(tables.NamesFor(longest), StorageKeys.DealNameIndexPartition(tenantId), longest, StorageKeys.PrefixEnd(longest), RecordSearch.NamePage);
        var contacts = RangeAsync(tables.NamesFor(longest), StorageKeys.ContactNameIndexPartition(tenantId), longest, StorageKeys.PrefixEnd(longest), RecordSearch.NamePage);
        await Task.WhenAll(names, deals, contacts);
        var byName = (await names).DistinctBy(e => e.GetString("AccountId"))
            .Where(e => NameSimilarity.Score(query, e.GetString("Name")) >= AccountResolver.Near)
            .Select(e => e.GetString("AccountId"))
            .Take(RecordSearch.MaxAccounts);
        var records = (await deals).Concat(await contacts).Where(e => Matches(words, e.GetString("Name"))).Select(e => e.GetString("AccountId"));
        var accounts = byName.Concat(records).Distinct(StringComparer.Ordinal).ToArray();
        var summaries = await Task.WhenAll(accounts.Select(id =>
            tables.Index.GetEntityIfExistsAsync<TableEntity>(StorageKeys.AccountSummaryPartition(tenantId), id)));
        return summaries.Any(s => !s.HasValue) ? throw new InvalidOperationException("An account summary is missing.") : accounts.Length;
    }

    private static bool Matches(IReadOnlyList<string> words, string name)
    {
        var nameWords = NameFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(q => nameWords.Any(w => w.StartsWith(q, StringComparison.Ordinal)));
    }

    private static async Task<List<TableEntity>> RangeAsync(TableClient table, string partitionKey, string from, string to, int? take)
    {
        var list = new List<TableEntity>();
        await foreach (var page in table.QueryAsync<TableEntity>(StorageKeys.Filter(partitionKey, from, to), take).AsPages())
        {
            list.AddRange(page.Values);
            if (take is not null && list.Count >= take)
            {
                break;
            }
        }

        return list;
    }
}
