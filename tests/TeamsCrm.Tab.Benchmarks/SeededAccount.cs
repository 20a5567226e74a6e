using Azure.Data.Tables;

namespace TeamsCrm.Tab.Benchmarks;

/// <summary>The demo account the benchmark opens, and the storage floor: its partition read straight from Table Storage.</summary>
internal static class SeededAccount
{
    /// <summary>The seeded demo account's row (after <see cref="SeededAccounts.WaitForDemoAsync"/>).</summary>
    public static async Task<TableEntity> ByNameAsync(TableClient data, string name)
    {
        await foreach (var row in data.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"c0|account"} and Name eq {name}")))
        {
            return row;
        }

        throw new InvalidOperationException($"The demo account '{name}' was not seeded.");
    }

    /// <summary>Milliseconds to read the whole account partition: the least any workspace read can take.</summary>
    public static async Task<double> PartitionReadMillisecondsAsync(TableClient data, string partitionKey)
    {
        var started = Stopwatch.GetTimestamp();
        var rows = 0;
        await foreach (var _ in data.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")))
        {
            rows++;
        }

        return rows == 0 ? throw new InvalidOperationException("Empty partition.") : Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
