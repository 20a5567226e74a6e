using System.Globalization;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// A large JSON document in one partition of the "Facts" table, in parts of at most 30,000 characters (a string
/// property holds 64 KB): the parts of a new generation are written first (in transactions of up to 25), then the
/// header row is switched to that generation, then the generation it replaced is deleted (JsonParts.Write.cs). A
/// reader reads the whole partition (one query, in key order: the parts "g|…" before the "header") and joins the parts
/// the header names, so it sees the old document or the new one, never a mix: a generation is deleted only after the
/// header stopped naming it, so a reader whose header (read last) names it had read its parts before any went; when
/// the header it read is newer than the parts it saw, it reads again. No limit of one transaction on the size.
/// </summary>
internal static partial class JsonParts
{
    private const int PartLength = 30_000;
    /// <summary>
    /// Rows per transaction: a transaction holds at most 100 operations and 4 MiB of payload, and 100 parts of 30,000
    /// characters (JSON-escaped again in the request) exceed the payload limit — a 10,000-customer summary was refused
    /// with 413 RequestBodyTooLarge. 25 parts stay under 2 MiB even if every character were escaped.
    /// </summary>
    private const int Batch = 25;
    private const string Header = "header";
    private const string PartPrefix = "g|";

    public static async Task<string?> ReadAsync(TableClient table, string partition, CancellationToken cancellationToken) =>
        (await ReadVersionedAsync(table, partition, cancellationToken).ConfigureAwait(false))?.Json;

    /// <summary>The document, its header's version (a new ETag with every write) and the shape the writer named (0: none).</summary>
    public static async Task<(string Json, ETag Version, int Shape)?> ReadVersionedAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            TableEntity? header = null;
            var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
            await foreach (var row in table.QueryAsync<TableEntity>(StorageKeys.Filter(partition), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (row.RowKey == Header)
                {
                    header = row;
                }
                else
                {
                    parts[row.RowKey] = row.GetString("Json");
                }
            }

            if (header?.GetString("Generation") is not { } generation)
            {
                return null;
            }

            var count = header.GetInt32("Parts") ?? 0;
            var mine = Enumerable.Range(0, count).Select(i => parts.GetValueOrDefault(PartKey(generation, i))).ToList();
            if (mine.All(p => p is not null))
            {
                return (string.Concat(mine), header.ETag, header.GetInt32("Shape") ?? 0);
            }

            if (attempt == 2)
            {
                throw new InvalidOperationException($"The stored document in {partition} is incomplete.");
            }
        }
    }

    /// <summary>The header's ETag (one point read of the header alone); null when there is no document.</summary>
    public static async Task<ETag?> VersionAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var header = await table.GetEntityIfExistsAsync<TableEntity>(partition, Header, select: ["Parts"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return header.HasValue ? header.Value!.ETag : null;
    }

    /// <summary>When the stored document was computed (its header's time); null when there is none.</summary>
    public static async Task<DateTimeOffset?> ComputedAtAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        var header = await table.GetEntityIfExistsAsync<TableEntity>(partition, Header, cancellationToken: cancellationToken).ConfigureAwait(false);
        return header.HasValue ? header.Value!.GetDateTimeOffset("ComputedAt") : null;
    }

    /// <summary>Submits actions of one partition in transactions of up to 25 (see <see cref="Batch"/>).</summary>
    public static async Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        foreach (var chunk in actions.Chunk(Batch))
        {
            await table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string PartKey(string generation, int index) => $"{PartPrefix}{generation}|{index.ToString("D5", CultureInfo.InvariantCulture)}";

    /// <summary>The generation a part's row key names; null for a row that is no part.</summary>
    private static string? GenerationOf(string rowKey) =>
        rowKey.StartsWith(PartPrefix, StringComparison.Ordinal) && rowKey.LastIndexOf('|') is var end && end > PartPrefix.Length
            ? rowKey[PartPrefix.Length..end]
            : null;
}
