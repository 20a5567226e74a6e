using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsCrm.Conversation.Understanding;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Core.Search;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// The storage floor of one name search, raw Azure.Data.Tables with the app's client settings: what the message
/// extension's search cannot do without on this data model. Round 1 (in parallel): the name index's range query for
/// the folded name (its shard table, the resolver's page of 60 entries) and the caller's two personal lists (owned
/// accounts, owned deals: the working set, where deals and contacts are found by name). Round 2 (in parallel): the
/// core rows (account, contacts, deals, handoffs, shares) of every partition the search must look in: the accounts
/// the name means (same similarity threshold as the resolver) and the working set, at most 25 + 25. No mapping, no
/// access policy, no card.
/// </summary>
internal sealed class SearchFloor(CrmTables tables, string tenantId)
{
    private const int NamePage = 60;

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

    /// <summary>One search's reads; the number of partitions read (the report shows the average).</summary>
    public async Task<int> SearchAsync(DemoPerson person, string query)
    {
        var folded = string.Join(' ', NameFolding.SignificantWords(query));
        var names = RangeAsync(tables.NamesFor(folded), StorageKeys.NameIndexPartition(tenantId), folded, StorageKeys.PrefixEnd(folded), NamePage);
        var owned = PersonalAsync(person, PersonalListKind.OwnedAccounts);
        var deals = PersonalAsync(person, PersonalListKind.OwnedDeals);
        await Task.WhenAll(names, owned, deals);
        var byName = (await names).DistinctBy(e => e.GetString("AccountId"))
            .Where(e => NameSimilarity.Score(query, e.GetString("Name")) >= AccountResolver.Near)
            .Select(e => e.GetString("AccountId"))
            .Take(RecordSearch.MaxAccounts);
        var working = (await owned).Concat(await deals).Select(e => e.GetString("AccountId")).Distinct(StringComparer.Ordinal).Take(RecordSearch.MaxAccounts);
        var partitions = byName.Concat(working).Distinct(StringComparer.Ordinal).ToArray();
        var cores = await Task.WhenAll(partitions.Select(id =>
            RangeAsync(tables.Data, StorageKeys.AccountPartition(tenantId, id), StorageKeys.CoreStart, StorageKeys.CoreEnd, null)));
        return cores.Any(c => c.Count == 0) ? throw new InvalidOperationException("An account partition is empty.") : partitions.Length;
    }

    private Task<List<TableEntity>> PersonalAsync(DemoPerson person, PersonalListKind kind)
    {
        var prefix = $"{kind}|";
        return RangeAsync(tables.Index, StorageKeys.PersonalPartition(tenantId, person.AadObjectId), prefix, StorageKeys.PrefixEnd(prefix), null);
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
