using System.Text.Json;
using TeamsCrm.Analytics.Mining;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The mining summary (partition "{tenant}|mining" of the "Facts" table, a <see cref="JsonParts"/> document), kept
/// parsed per tenant by <see cref="KeptDocuments{T}"/>: while one point read of the header shows the same ETag, the
/// kept summary is used again. Every write gives the header a new ETag, so another instance's refresh is seen at the
/// next read. The tenant's <see cref="AnalyticsVersions"/> is raised after each write; while it is unchanged, the kept
/// summary answers without the header's read.
/// </summary>
public sealed class TableMiningStore(CrmTables tables, AnalyticsVersions versions) : IMiningStore
{
    private readonly KeptDocuments<MiningSummary> _kept = new();

    /// <summary>A store with its own tenant versions (tests, tools); the app shares one <see cref="AnalyticsVersions"/>.</summary>
    public TableMiningStore(CrmTables tables)
        : this(tables, new AnalyticsVersions(tables))
    {
    }

    public Task<MiningSummary?> ReadMiningSummaryAsync(string tenantId, CancellationToken cancellationToken = default) =>
        _kept.ReadAsync(tables.Facts, MiningPartition(tenantId), ct => versions.CurrentAsync(tenantId, ct), cancellationToken);

    public async Task WriteMiningSummaryAsync(string tenantId, MiningSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await JsonParts.WriteAsync(tables.Facts, MiningPartition(tenantId), JsonSerializer.Serialize(summary), summary.ComputedAt, cancellationToken).ConfigureAwait(false);
        await versions.RaiseAsync(tenantId, cancellationToken).ConfigureAwait(false);
    }

    internal static string MiningPartition(string tenantId) => $"{StorageKeys.Checked(tenantId)}|mining";
}
