using TeamsCrm.Core.Partners;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Partners;

/// <summary>A guest's organisation: one point read of the member index, kept briefly.</summary>
public sealed partial class TablePartnerDirectory
{
    public async Task<PartnerOrganization?> FindByMemberAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId) || userId.Length > 100 || userId.Any(c => c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c)))
        {
            return null;
        }

        var user = userId.ToLowerInvariant();
        if (!TryGetMembership(tenantId, user, out var organizationId, out var generation))
        {
            var response = await tables.Partners.GetEntityIfExistsAsync<TableEntity>(
                StorageKeys.PartnersPartition(tenantId), PartnerMapping.MemberKey(user), ["OrganizationId"], cancellationToken).ConfigureAwait(false);
            organizationId = response.HasValue ? response.Value?.GetString("OrganizationId") : null;
            KeepMembership(tenantId, user, organizationId, generation);
        }

        if (organizationId is null)
        {
            return null;
        }

        // The index and the organisation's member list are written together; both must agree (fail closed across cache ages).
        var organization = (await ListAsync(tenantId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(o => o.Id == organizationId);
        return organization?.HasMember(user) == true ? organization : null;
    }
}
