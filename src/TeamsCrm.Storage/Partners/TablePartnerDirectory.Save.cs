using System.Net;
using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Partners;

/// <summary>Optimistically concurrent changes of one organisation, its member index and its audit entry, in one transaction.</summary>
public sealed partial class TablePartnerDirectory
{
    public async Task<PartnerOrganization> SaveAsync(string tenantId, PartnerOrganization organization, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(audit);
        if (organization.Members.Count > PartnerOrganization.MaxMembers)
        {
            throw new ArgumentException($"An organisation has at most {PartnerOrganization.MaxMembers} members.", nameof(organization));
        }

        var partition = StorageKeys.PartnersPartition(tenantId);
        PartnerOrganization? stored = null;
        if (organization.Version is not null)
        {
            stored = await GetIfExistsAsync(tenantId, organization.Id, cancellationToken).ConfigureAwait(false);
            if (stored?.Version != organization.Version)
            {
                throw new ConcurrencyException("The partner organisation was changed or removed since it was read; nothing was written.");
            }
        }

        var entity = PartnerMapping.ToEntity(partition, organization);
        var actions = new List<TableTransactionAction>
        {
            stored is null
                ? new(TableTransactionActionType.Add, entity)
                : new(TableTransactionActionType.UpdateReplace, entity, new ETag(organization.Version!)),
        };
        actions.AddRange(MembersAdded(stored, organization).Select(m => new TableTransactionAction(
            TableTransactionActionType.Add, PartnerMapping.MemberEntity(partition, m.UserId, organization.Id))));
        actions.AddRange(MembersRemoved(stored, organization).Select(m => new TableTransactionAction(
            TableTransactionActionType.Delete, new TableEntity(partition, PartnerMapping.MemberKey(m.UserId)), ETag.All)));
        actions.Add(new(TableTransactionActionType.Add, PartnerMapping.AuditEntity(partition, audit)));
        try
        {
            var response = await SubmitAsync(tenantId, actions, cancellationToken).ConfigureAwait(false);
            return organization with { Version = response.Value[0].Headers.ETag?.ToString() };
        }
        catch (TableTransactionFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            throw new ConcurrencyException("The partner organisation or one of its new members changed concurrently; nothing was written.", ex);
        }
    }
}
