using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Storage.Partners;

/// <summary>
/// Partner organisations, one tenant-scoped partition per tenant. The list of a tenant is kept for
/// <see cref="ListLifetime"/> (every guest's request needs it to find the guest's organisation); a change made through
/// this instance drops it at once (<see cref="UpsertAsync"/>), one made by another instance shows here within the lifetime.
/// </summary>
public sealed partial class TablePartnerDirectory(CrmTables tables, TimeProvider time) : IPartnerDirectory
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
        if (TryGetList(tenantId, out var cached, out var generation))
        {
            return cached;
        }

        var filter = StorageKeys.Filter(StorageKeys.PartnersPartition(tenantId));
        var organizations = new List<PartnerOrganization>();
        await foreach (var entity in tables.Partners.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            organizations.Add(FromEntity(entity));
        }

        var list = organizations.AsReadOnly();
        KeepList(tenantId, list, generation);
        return list;
    }

    public async Task UpsertAsync(string tenantId, PartnerOrganization organization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var entity = new TableEntity(StorageKeys.PartnersPartition(tenantId), StorageKeys.Checked(organization.Id))
        {
            ["Name"] = organization.Name,
            ["EmailDomains"] = string.Join(';', organization.EmailDomains),
        };
        try
        {
            await tables.Partners.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Also when the write failed: it may have reached storage all the same.
            ForgetList(tenantId);
        }
    }

    private static PartnerOrganization FromEntity(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("Name") ?? entity.RowKey,
        (entity.GetString("EmailDomains") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries));
}
