namespace TeamsCrm.Core.Partners;

/// <summary>
/// A per-tenant marker that changes whenever what partners may see changes — a share, its level or its end, an
/// organisation's guests or its archiving. <see cref="ShareService"/> and <see cref="PartnerOrganizationService"/> bump
/// it after each committed change; every app instance reads it (one point read per tenant with open live pages, every
/// few seconds) to tell those pages about changes made on another instance. Carries no data. Best effort: a bump that
/// fails is logged by the store and the change shows at the pages' next load, as before.
/// </summary>
public interface ISharingVersion
{
    /// <summary>Marks that the tenant's sharing changed. Never throws for a storage failure.</summary>
    Task BumpAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>The tenant's current marker (opaque); null when it was never bumped.</summary>
    Task<string?> ReadAsync(string tenantId, CancellationToken cancellationToken = default);
}

/// <summary>The marker of a composition without shared storage (one instance): nothing to tell other instances.</summary>
public sealed class NoSharingVersion : ISharingVersion
{
    public Task BumpAsync(string tenantId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<string?> ReadAsync(string tenantId, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
