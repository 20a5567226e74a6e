using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Core.Persistence;

/// <summary>
/// The partner organisations of a tenant, their guest members (by Entra object id) and the tenant-level audit trail of
/// changes to them. A guest belongs to at most one organisation.
/// </summary>
public interface IPartnerDirectory
{
    Task<PartnerOrganization?> GetIfExistsAsync(string tenantId, string partnerOrganizationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PartnerOrganization>> ListAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>The organisation (archived or not) that has <paramref name="userId"/> as a member, or null; a point read, kept briefly.</summary>
    Task<PartnerOrganization?> FindByMemberAsync(string tenantId, string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="organization"/> and its member index with <paramref name="audit"/> in one transaction, if the
    /// stored organisation still has <paramref name="organization"/>'s version (none: it must not exist yet). Throws
    /// <see cref="ConcurrencyException"/> otherwise, or when a new member already belongs to another organisation.
    /// </summary>
    Task<PartnerOrganization> SaveAsync(string tenantId, PartnerOrganization organization, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="organization"/> whatever is stored (demo data, tests).</summary>
    Task UpsertAsync(string tenantId, PartnerOrganization organization, CancellationToken cancellationToken = default);

    /// <summary>The newest audit entries of partner organisation changes of the tenant, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> AuditAsync(string tenantId, int take, CancellationToken cancellationToken = default);
}
