using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Partners;

/// <summary>
/// Partner organisations, their member index and their audit trail, one tenant-scoped partition per tenant
/// (<see cref="PartnerMapping"/>). The list of a tenant and each guest's organisation are kept for
/// <see cref="ListLifetime"/> (every guest's request needs them); a change made through this instance drops them at
/// once, one made by another instance shows here within the lifetime.
/// </summary>
public sealed partial class TablePartnerDirectory(CrmTables tables, TimeProvider time) : IPartnerDirectory
{
    public async Task<PartnerOrganization?> GetIfExistsAsync(string tenantId, string partnerOrganizationId, CancellationToken cancellationToken = default)
    {
        if (!PartnerMapping.IsOrganizationId(partnerOrganizationId))
        {
            return null;
        }

        var response = await tables.Partners.GetEntityIfExistsAsync<TableEntity>(
            StorageKeys.PartnersPartition(tenantId), partnerOrganizationId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? PartnerMapping.FromEntity(entity) : null;
    }

    public async Task<IReadOnlyList<PartnerOrganization>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (TryGetList(tenantId, out var cached, out var generation))
        {
            return cached;
        }

        var filter = StorageKeys.Filter(StorageKeys.PartnersPartition(tenantId), string.Empty, PartnerMapping.OrganizationsEnd);
        var organizations = new List<PartnerOrganization>();
        await foreach (var entity in tables.Partners.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            organizations.Add(PartnerMapping.FromEntity(entity));
        }

        var list = organizations.AsReadOnly();
        KeepList(tenantId, list, generation);
        return list;
    }

    public async Task UpsertAsync(string tenantId, PartnerOrganization organization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var partition = StorageKeys.PartnersPartition(tenantId);
        var stored = await GetIfExistsAsync(tenantId, organization.Id, cancellationToken).ConfigureAwait(false);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpsertReplace, PartnerMapping.ToEntity(partition, organization)) };
        actions.AddRange(organization.Members.Select(m => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace, PartnerMapping.MemberEntity(partition, m.UserId, organization.Id))));
        actions.AddRange(MembersRemoved(stored, organization).Select(m => new TableTransactionAction(
            TableTransactionActionType.Delete, new TableEntity(partition, PartnerMapping.MemberKey(m.UserId)), ETag.All)));
        await SubmitAsync(tenantId, actions, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string tenantId, int take, CancellationToken cancellationToken = default)
    {
        var filter = StorageKeys.Filter(StorageKeys.PartnersPartition(tenantId), PartnerMapping.AuditPrefix, StorageKeys.PrefixEnd(PartnerMapping.AuditPrefix));
        var entries = new List<AuditEntry>();
        await foreach (var entity in tables.Partners.QueryAsync<TableEntity>(filter, maxPerPage: Math.Clamp(take, 1, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(AuditMapping.FromEntity(entity));
            if (entries.Count >= take)
            {
                break;
            }
        }

        return entries;
    }

    private static IEnumerable<PersonRef> MembersRemoved(PartnerOrganization? before, PartnerOrganization after) =>
        before?.Members.Where(m => !after.HasMember(m.UserId)) ?? [];

    private static IEnumerable<PersonRef> MembersAdded(PartnerOrganization? before, PartnerOrganization after) =>
        after.Members.Where(m => before?.HasMember(m.UserId) != true);

    /// <summary>Submits one transaction of the partition and drops what this instance keeps of the tenant, also when it failed (it may have reached storage all the same).</summary>
    private async Task<Response<IReadOnlyList<Response>>> SubmitAsync(string tenantId, List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            return await tables.Partners.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ForgetList(tenantId);
        }
    }
}
