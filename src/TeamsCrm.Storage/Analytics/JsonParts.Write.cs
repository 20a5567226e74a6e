using System.Globalization;
using System.Net;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Writing a <see cref="JsonParts"/> document so that no generation is left behind: the header is switched only on
/// the ETag the writer read (another writer switching first makes it read the header again and switch after it, so
/// the last writer wins as before), and each switch deletes the generation it replaced, so two writers at once never
/// orphan one. A generation that no header names and that is older than <see cref="OrphanAge"/> (a writer that failed
/// between its parts and its switch) goes with the next write's sweep; younger ones may be another writer's parts on
/// their way to the header.
/// </summary>
internal static partial class JsonParts
{
    /// <summary>Longer than any writer takes from its first part to its switch (a commit takes at most about 2.5 min).</summary>
    internal static readonly TimeSpan OrphanAge = TimeSpan.FromMinutes(10);

    private const int MaxSwitches = 8;

    public static Task WriteAsync(TableClient table, string partition, string json, DateTimeOffset computedAt, CancellationToken cancellationToken) =>
        WriteAsync(table, partition, json, computedAt, shape: 0, cancellationToken);

    /// <summary>
    /// Writes a new generation and switches the header to it; a <paramref name="shape"/> above 0 is named on the header.
    /// Returns the header it replaced (read for the switch anyway), so a caller can clean up after an older layout.
    /// </summary>
    public static async Task<Replaced> WriteAsync(TableClient table, string partition, string json, DateTimeOffset computedAt, int shape, CancellationToken cancellationToken)
    {
        var generation = computedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..8];
        var count = (json.Length + PartLength - 1) / PartLength;
        var parts = Enumerable.Range(0, count)
            .Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, PartKey(generation, i))
            {
                ["Json"] = json.Substring(i * PartLength, Math.Min(PartLength, json.Length - (i * PartLength))),
            }));
        await SubmitAsync(table, parts, cancellationToken).ConfigureAwait(false);
        var header = new TableEntity(partition, Header) { ["Generation"] = generation, ["Parts"] = count, ["ComputedAt"] = computedAt };
        if (shape > 0)
        {
            header["Shape"] = shape;
        }

        var replaced = await SwitchAsync(table, header, cancellationToken).ConfigureAwait(false);
        await SweepAsync(table, partition, replaced.Generation, OrphanAge, cancellationToken).ConfigureAwait(false);
        return replaced;
    }

    /// <summary>
    /// Deletes the parts of <paramref name="replaced"/> and of every generation the header does not name whose parts
    /// are older than <paramref name="orphanAge"/> (by the storage's own clock: the header's time).
    /// </summary>
    internal static async Task SweepAsync(TableClient table, string partition, string? replaced, TimeSpan orphanAge, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(StorageKeys.Filter(partition), select: ["RowKey", "Timestamp", "Generation"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        if (rows.Find(r => r.RowKey == Header) is not { Timestamp: { } now } header)
        {
            return;
        }

        var current = header.GetString("Generation");
        var stale = rows
            .Where(r => GenerationOf(r.RowKey) is { } g && g != current && (g == replaced || r.Timestamp < now - orphanAge))
            .Select(r => r.RowKey)
            .ToList();
        try
        {
            await SubmitAsync(table, stale.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, key), ETag.All)), cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            // Another writer's sweep deleted some of them first: the rest one by one.
            foreach (var key in stale)
            {
                await table.DeleteEntityAsync(partition, key, ETag.All, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Switches the header on the ETag read; the header it replaced.</summary>
    private static async Task<Replaced> SwitchAsync(TableClient table, TableEntity header, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var previous = await table.GetEntityIfExistsAsync<TableEntity>(header.PartitionKey, Header, select: ["Generation", "Parts"], cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (previous.HasValue)
                {
                    await table.UpdateEntityAsync(header, previous.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                    return new Replaced(true, previous.Value.GetString("Generation"), previous.Value.GetInt32("Parts") ?? 0);
                }

                await table.AddEntityAsync(header, cancellationToken).ConfigureAwait(false);
                return new Replaced(false, null, 0);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxSwitches)
            {
                // Another writer switched between the read and this switch: read its header and switch after it.
            }
        }
    }

    /// <summary>The header a write replaced: whether there was one, its generation (null for a header of before generations) and its part count.</summary>
    internal readonly record struct Replaced(bool Existed, string? Generation, int Parts);
}
