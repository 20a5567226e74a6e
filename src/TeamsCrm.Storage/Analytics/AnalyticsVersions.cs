using System.Collections.Concurrent;
using System.Net;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// One analytics version per tenant (row "analytics" of partition "{tenant}|version" in the "Facts" table): a counter
/// every writer of a kept analytics document (pipeline summary, customer documents — call candidates, customers at
/// risk, customer summary —, mining summary) raises by one AFTER its document is complete (the stores do it as their
/// write's last step). While the counter is what a kept document was validated against, no publish has completed
/// since, so the kept document is current without its own header read: one point read of this row validates every kept
/// document of the tenant. The raise is conditional on the ETag read (retried), so two publishers at once never lose
/// one. A reader never goes back: the version it is given is never below the highest this instance has read or
/// written, so a document validated against a newer version is never replaced by an older one. Reads of one tenant's
/// row that overlap share one request (one page's four reads pay one); the next read after it answered asks again.
/// </summary>
public sealed class AnalyticsVersions(CrmTables tables)
{
    internal const string Row = "analytics";

    private const int MaxRaises = 64;
    private const int MaxTenants = 10_000;

    private readonly ConcurrentDictionary<string, Lazy<Task<long>>> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _highest = new(StringComparer.Ordinal);

    /// <summary>The tenant's analytics version (0 before any publish), never below one this instance already saw.</summary>
    public async Task<long> CurrentAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var partition = Partition(tenantId);
        Lazy<Task<long>>? mine = null;
        mine = new Lazy<Task<long>>(() => ReadOnceAsync(partition, mine!));
        var read = _inFlight.GetOrAdd(partition, mine).Value;
        return Seen(partition, await read.WaitAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Raises the tenant's version by one; call it after the new document is complete.</summary>
    public async Task<long> RaiseAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var partition = Partition(tenantId);
        for (var attempt = 1; ; attempt++)
        {
            var row = await tables.Facts.GetEntityIfExistsAsync<TableEntity>(partition, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (row.HasValue)
                {
                    var next = (row.Value!.GetInt64("Version") ?? 0) + 1;
                    await tables.Facts.UpdateEntityAsync(new TableEntity(partition, Row) { ["Version"] = next }, row.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                    return Seen(partition, next);
                }

                await tables.Facts.AddEntityAsync(new TableEntity(partition, Row) { ["Version"] = 1L }, cancellationToken).ConfigureAwait(false);
                return Seen(partition, 1);
            }
            catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed && attempt < MaxRaises)
            {
                // Another publisher raised it between the read and this write: read its version and raise after it, after
                // a short random pause so that many raisers at once do not keep colliding.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 + Math.Min(attempt, 10) * 2)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    internal static string Partition(string tenantId) => $"{StorageKeys.Checked(tenantId)}|version";

    /// <summary>One read of the row, shared by the reads that overlap it and forgotten as soon as it answers (a later read asks again).</summary>
    private async Task<long> ReadOnceAsync(string partition, Lazy<Task<long>> self)
    {
        try
        {
            var row = await tables.Facts.GetEntityIfExistsAsync<TableEntity>(partition, Row, select: ["Version"], cancellationToken: CancellationToken.None).ConfigureAwait(false);
            return row.HasValue ? row.Value!.GetInt64("Version") ?? 0 : 0;
        }
        finally
        {
            _inFlight.TryRemove(KeyValuePair.Create(partition, self));
        }
    }

    /// <summary>The higher of <paramref name="version"/> and the highest this instance has seen for the partition, remembered.</summary>
    private long Seen(string partition, long version)
    {
        if (_highest.Count >= MaxTenants && !_highest.ContainsKey(partition))
        {
            _highest.Clear();
        }

        return _highest.AddOrUpdate(partition, version, (_, known) => Math.Max(known, version));
    }
}
