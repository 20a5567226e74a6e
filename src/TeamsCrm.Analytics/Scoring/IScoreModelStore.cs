namespace TeamsCrm.Analytics.Scoring;

/// <summary>Where each tenant's trained deal score model is kept (see docs/analytics.md), and which tenants have one.</summary>
public interface IScoreModelStore
{
    /// <summary>The tenant's model as last trained; null before the first training.</summary>
    Task<StoredScoreModel?> ReadAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the tenant's model (all its parts at once).</summary>
    Task WriteAsync(string tenantId, StoredScoreModel model, CancellationToken cancellationToken = default);

    /// <summary>Every tenant with a stored model and when it was trained (the retraining schedule's list).</summary>
    Task<IReadOnlyList<(string TenantId, DateTimeOffset TrainedAt)>> ListAsync(CancellationToken cancellationToken = default);
}
