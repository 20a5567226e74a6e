using Azure.Data.Tables;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.TestSupport;

/// <summary>The accounts of a tenant as raw rows (one "c0|account" row per account partition), for harnesses that run the app as a process.</summary>
public static class SeededAccounts
{
    /// <summary>The ids of the tenant's accounts in the app's data table.</summary>
    public static async Task<IReadOnlyList<string>> IdsAsync(TableClient data, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(data);
        var prefix = tenantId + "|";
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix + "~"} and RowKey eq {StorageKeys.Account}");
        var ids = new List<string>();
        await foreach (var entity in data.QueryAsync<TableEntity>(filter, select: ["PartitionKey"]))
        {
            ids.Add(entity.PartitionKey[(tenantId.Length + 1)..]);
        }

        return ids;
    }

    /// <summary>Waits (up to two minutes) until the app's seeder wrote all demo companies of the demo tenant; their ids.</summary>
    public static async Task<IReadOnlyList<string>> WaitForDemoAsync(TableClient data, AppProcess app)
    {
        ArgumentNullException.ThrowIfNull(app);
        for (var attempt = 0; attempt < 240; attempt++)
        {
            var ids = await IdsAsync(data, DemoPeople.TenantId);
            if (ids.Count >= DemoPeople.AccountCount)
            {
                return ids;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The demo data was not seeded:\n{app.OutputText}");
    }
}
