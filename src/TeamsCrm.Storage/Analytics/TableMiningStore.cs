using System.Text.Json;
using TeamsCrm.Analytics.Mining;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The mining summary (partition "{tenant}|mining" of the "Facts" table, a <see cref="JsonParts"/> document), kept
/// parsed per tenant by <see cref="KeptDocuments{T}"/>: while one point read of the header shows the same ETag, the
/// kept summary is used again. Every write gives the header a new ETag, so another instance's refresh is seen at the
/// next read.
/// </summary>
public sealed class TableMiningStore(CrmTables tables) : IMiningStore
{
    private readonly KeptDocuments<MiningSummary> _kept = new();

    public Task<MiningSummary?> ReadMiningSummaryAsync(string tenantId, CancellationToken cancellationToken = default) =>
        _kept.ReadAsync(tables.Facts, MiningPartition(tenantId), cancellationToken);

    public Task WriteMiningSummaryAsync(string tenantId, MiningSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return JsonParts.WriteAsync(tables.Facts, MiningPartition(tenantId), JsonSerializer.Serialize(summary), summary.ComputedAt, cancellationToken);
    }

    internal static string MiningPartition(string tenantId) => $"{StorageKeys.Checked(tenantId)}|mining";
}
