using System.Text.Json;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary><see cref="JsonParts"/> documents in a "Facts" table of its own on Azurite, for the storage core's tests.</summary>
internal static class FactsDocuments
{
    public static readonly DateTimeOffset At = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh store's "Facts" table.</summary>
    public static async Task<TableClient> NewFactsAsync() => (await CrmTestStore.CreateAsync()).Tables.Facts;

    public static Task WriteAsync(TableClient facts, string partition, string json) =>
        JsonParts.WriteAsync(facts, partition, json, At, CancellationToken.None);

    public static Task WriteNoteAsync(TableClient facts, string partition, string text) =>
        WriteAsync(facts, partition, JsonSerializer.Serialize(new Note(text)));

    public static async Task DeletePartitionAsync(TableClient facts, string partition)
    {
        await foreach (var row in facts.QueryAsync<TableEntity>(StorageKeys.Filter(partition), select: ["RowKey"]))
        {
            await facts.DeleteEntityAsync(partition, row.RowKey);
        }
    }

    /// <summary>A JSON string of about <paramref name="parts"/> parts of 30,000 characters, all <paramref name="fill"/>.</summary>
    public static string Document(char fill, int parts) => $"\"{new string(fill, (parts * 30_000) - 2)}\"";

    /// <summary>The generations whose parts are stored in the partition, and how many parts there are.</summary>
    public static async Task<(HashSet<string> Generations, int Parts)> GenerationsAsync(TableClient facts, string partition)
    {
        var generations = new HashSet<string>(StringComparer.Ordinal);
        var parts = 0;
        await foreach (var row in facts.QueryAsync<TableEntity>(StorageKeys.Filter(partition), select: ["RowKey"]))
        {
            if (row.RowKey.StartsWith("g|", StringComparison.Ordinal))
            {
                generations.Add(row.RowKey.Split('|')[1]);
                parts++;
            }
        }

        return (generations, parts);
    }
}

/// <summary>A small document to keep parsed.</summary>
internal sealed record Note(string Text);
