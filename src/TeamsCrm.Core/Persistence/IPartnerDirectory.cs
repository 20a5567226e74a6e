using TeamsCrm.Core.Partners;

namespace TeamsCrm.Core.Persistence;

/// <summary>The partner organisations of a tenant.</summary>
public interface IPartnerDirectory
{
    Task<PartnerOrganization?> GetIfExistsAsync(string tenantId, string partnerOrganizationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PartnerOrganization>> ListAsync(string tenantId, CancellationToken cancellationToken = default);

    Task UpsertAsync(string tenantId, PartnerOrganization organization, CancellationToken cancellationToken = default);
}
