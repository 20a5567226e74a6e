using System.Collections.Concurrent;
using System.Text.Json;
using TeamsCrm.Analytics.Mining;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The mining summary (partition "{tenant}|mining" of the "Facts" table, a <see cref="JsonParts"/> document). The last
/// summary read is kept parsed per tenant with its header's ETag; while one point read of the header shows the same
/// ETag, the kept summary is used again, so a read costs one point read. Every write gives the header a new ETag, so
/// another instance's refresh is seen at the next read.
/// </summary>
public sealed class TableMiningStore(CrmTables tables) : IMiningStore
{
    /// <summary>Parsed summaries kept per tenant (this many at most; then they start over).</summary>
    private const int MaxKept = 1_000;

    private readonly ConcurrentDictionary<string, (ETag Version, MiningSummary Summary)> _kept = new(StringComparer.Ordinal);

    public async Task<MiningSummary?> ReadMiningSummaryAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var partition = MiningPartition(tenantId);
        var header = await tables.Facts.GetEntityIfExistsAsync<TableEntity>(partition, JsonParts.Header, select: ["Parts"], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!header.HasValue)
        {
            return null;
        }

        var version = header.Value!.ETag;
        if (_kept.TryGetValue(tenantId, out var kept) && kept.Version == version)
        {
            return kept.Summary;
        }

        // Read after the header: the document is at least as new as that ETag (if newer, the next read parses it again).
        if (await JsonParts.ReadAsync(tables.Facts, partition, cancellationToken).ConfigureAwait(false) is not { } json)
        {
            return null;
        }

        var summary = JsonSerializer.Deserialize<MiningSummary>(json)!;
        if (_kept.Count >= MaxKept)
        {
            _kept.Clear();
        }

        _kept[tenantId] = (version, summary);
        return summary;
    }

    public Task WriteMiningSummaryAsync(string tenantId, MiningSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return JsonParts.WriteAsync(tables.Facts, MiningPartition(tenantId), JsonSerializer.Serialize(summary), summary.ComputedAt, cancellationToken);
    }

    internal static string MiningPartition(string tenantId) => $"{StorageKeys.Checked(tenantId)}|mining";
}
