namespace TeamsCrm.Teams.Persistence;

/// <summary>Durable "process once" claims with expiry, per tenant (activity ids, one-time welcomes).</summary>
public interface IActivityDeduplicator
{
    /// <summary>True when this call claimed the key (first delivery or the earlier claim expired); false for a duplicate.</summary>
    Task<bool> TryClaimAsync(string tenantId, string key, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back (the turn failed, so a redelivery may run it again).</summary>
    Task ReleaseAsync(string tenantId, string key, CancellationToken cancellationToken = default);
}
