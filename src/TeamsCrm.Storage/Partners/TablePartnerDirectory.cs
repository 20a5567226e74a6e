using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Storage.Partners;

/// <summary>Partner organisations, one tenant-scoped partition per tenant.</summary>
public sealed class TablePartnerDirectory(CrmTables tables) : IPartnerDirectory
{
    public async Task<PartnerOrganization?> GetIfExistsAsync(string tenantId, string partnerOrganizationId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(partnerOrganizationId) || partnerOrganizationId.Length > 100)
        {
            return null;
        }

        var response = await tables.Partners.GetEntityIfExistsAsync<TableEntity>(
            StorageKeys.PartnersPartition(tenantId), StorageKeys.Checked(partnerOrganizationId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? FromEntity(entity) : null;
    }

    public async Task<IReadOnlyList<PartnerOrganization>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var filter = StorageKeys.Filter(StorageKeys.PartnersPartition(tenantId));
        var organizations = new List<PartnerOrganization>();
        await foreach (var entity in tables.Partners.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            organizations.Add(FromEntity(entity));
        }

        return organizations;
    }

    public Task UpsertAsync(string tenantId, PartnerOrganization organization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var entity = new TableEntity(StorageKeys.PartnersPartition(tenantId), StorageKeys.Checked(organization.Id))
        {
            ["Name"] = organization.Name,
            ["EmailDomains"] = string.Join(';', organization.EmailDomains),
        };
        return tables.Partners.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static PartnerOrganization FromEntity(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("Name") ?? entity.RowKey,
        (entity.GetString("EmailDomains") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries));
}
