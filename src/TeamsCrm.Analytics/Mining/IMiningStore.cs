namespace TeamsCrm.Analytics.Mining;

/// <summary>Where the tenant's materialised mining counts are kept (one document per tenant, written by the background refresh).</summary>
public interface IMiningStore
{
    /// <summary>The mining summary as last computed; null before the first computation.</summary>
    Task<MiningSummary?> ReadMiningSummaryAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the tenant's mining summary.</summary>
    Task WriteMiningSummaryAsync(string tenantId, MiningSummary summary, CancellationToken cancellationToken = default);
}
