using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// Raw Azure.Data.Tables access to the app's tables, with the app's client settings: finds the seeded
/// accounts, and reads what a customer card needs the cheapest way there is — the floor of a refresh.
/// </summary>
internal sealed class StorageFloor(TableClient data, string tenantId, StorageRetries retries)
{
    // The card's page sizes (CustomerCardAssembler.CommentLimit, InteractionLimit).
    private const int LatestComments = 5;
    private const int RecentInteractions = 5;

    public IReadOnlyDictionary<string, int> FailedAttempts => retries.Failures;

    /// <summary>A client configured like the app's (CrmStorageServiceCollectionExtensions.CreateServiceClient), plus the retry counter.</summary>
    public static StorageFloor Create(string connectionString, string tablePrefix, string tenantId)
    {
        var options = new StorageOptions { ConnectionString = connectionString, TablePrefix = tablePrefix };
        var retries = new StorageRetries();
        var clientOptions = CrmStorageServiceCollectionExtensions.CreateClientOptions(options);
        clientOptions.AddPolicy(retries, HttpPipelinePosition.PerRetry);
        var tables = new CrmTables(new TableServiceClient(connectionString, clientOptions), Options.Create(options));
        return new StorageFloor(tables.Data, tenantId, retries);
    }

    /// <summary>Waits until the app's seeder wrote all demo companies; their ids.</summary>
    public Task<IReadOnlyList<string>> DemoAccountsAsync(AppProcess app) => SeededAccounts.WaitForDemoAsync(data, app);

    /// <summary>All entities of the data table: Azurite answers every query by scanning the whole table, so its size sets the cost of a query.</summary>
    public async Task<int> DataEntitiesAsync()
    {
        var count = 0;
        await foreach (var page in data.QueryAsync<TableEntity>(select: ["RowKey"]).AsPages())
        {
            count += page.Values.Count;
        }

        return count;
    }

    /// <summary>
    /// The three range queries of the account's partition a customer card is built from (account, contacts,
    /// deals, handoffs, shares; the latest comments; the recent interactions), in parallel, with the same page
    /// sizes as the app: one round trip, no mapping, no access policy, no card.
    /// </summary>
    public async Task ReadCustomerCardAsync(string accountId)
    {
        var partitionKey = StorageKeys.AccountPartition(tenantId, accountId);
        var reads = await Task.WhenAll(
            RangeAsync(partitionKey, StorageKeys.CoreStart, StorageKeys.CoreEnd, null),
            RangeAsync(partitionKey, StorageKeys.CommentPrefix, StorageKeys.PrefixEnd(StorageKeys.CommentPrefix), LatestComments),
            RangeAsync(partitionKey, StorageKeys.InteractionPrefix, StorageKeys.PrefixEnd(StorageKeys.InteractionPrefix), RecentInteractions));
        if (reads[0].Count == 0)
        {
            throw new InvalidOperationException($"Account partition {partitionKey} is empty.");
        }
    }

    private async Task<List<TableEntity>> RangeAsync(string partitionKey, string from, string to, int? take)
    {
        var list = new List<TableEntity>();
        await foreach (var page in data.QueryAsync<TableEntity>(StorageKeys.Filter(partitionKey, from, to), take).AsPages())
        {
            list.AddRange(page.Values);
            if (take is not null)
            {
                break;
            }
        }

        return list;
    }
}
