using Microsoft.Extensions.Options;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Api.Benchmarks;

/// <summary>
/// Raw Azure.Data.Tables access to the app's tables with the app's client settings: finds the seeded accounts and reads
/// what GET /api/v1/accounts/{id} needs the cheapest way there is — the one range query of the account partition's core
/// rows (account, contacts, deals, handoffs, shares; the shares decide what a partner may see). No mapping, no policy.
/// </summary>
internal sealed class PartitionFloor(TableClient data, string tenantId)
{
    public static PartitionFloor Create(string connectionString, string tablePrefix, string tenantId)
    {
        var options = new StorageOptions { ConnectionString = connectionString, TablePrefix = tablePrefix };
        var tables = new CrmTables(new TableServiceClient(connectionString, CrmStorageServiceCollectionExtensions.CreateClientOptions(options)), Options.Create(options));
        return new PartitionFloor(tables.Data, tenantId);
    }

    /// <summary>Waits until the app's seeder wrote all demo companies; their ids.</summary>
    public Task<IReadOnlyList<string>> DemoAccountsAsync(AppProcess app) => SeededAccounts.WaitForDemoAsync(data, app);

    /// <summary>The core rows of the account's partition, all pages; fails when the partition has no account.</summary>
    public async Task ReadAsync(string accountId)
    {
        var filter = StorageKeys.Filter(StorageKeys.AccountPartition(tenantId, accountId), StorageKeys.CoreStart, StorageKeys.CoreEnd);
        var rows = 0;
        await foreach (var page in data.QueryAsync<TableEntity>(filter).AsPages())
        {
            rows += page.Values.Count;
        }

        if (rows == 0)
        {
            throw new InvalidOperationException($"Account {accountId} has no rows.");
        }
    }
}
