using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Core.Settings;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Settings;

/// <summary>
/// Each tenant's CRM settings, one row ("~s|crm") of its partners partition; without one, the configured
/// <see cref="CrmSettingsOptions.Admins"/> (names unknown: the people directory supplies them where shown). Kept for
/// <see cref="Lifetime"/>; a save through this instance shows at once. Changes with an audit entry
/// (<see cref="ICrmSettingsChanges"/>) are conditional on the row's ETag and written with the entry in one transaction.
/// </summary>
public sealed class TableCrmSettingsStore(CrmTables tables, IOptions<CrmSettingsOptions> options, TimeProvider time) : ICrmSettingsStore, ICrmSettingsChanges
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const string RowKey = "~s|crm";
    private const int MaxTenants = 10_000;

    private readonly ConcurrentDictionary<string, (CrmSettings Settings, DateTimeOffset ExpiresAt)> _kept = new(StringComparer.Ordinal);

    public async Task<CrmSettings> GetAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (_kept.TryGetValue(tenantId, out var kept) && time.GetUtcNow() < kept.ExpiresAt)
        {
            return kept.Settings;
        }

        var settings = await GetCurrentAsync(tenantId, cancellationToken).ConfigureAwait(false);
        if (_kept.Count >= MaxTenants)
        {
            _kept.Clear();
        }

        _kept[tenantId] = (settings, time.GetUtcNow() + Lifetime);
        return settings;
    }

    public async Task SaveAsync(string tenantId, CrmSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var entity = new TableEntity(StorageKeys.PartnersPartition(tenantId), RowKey);
        entity.SetPeople("Admins", settings.Admins);
        try
        {
            await tables.Partners.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _kept.TryRemove(tenantId, out _);
        }
    }

    public async Task<CrmSettings> GetCurrentAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var response = await tables.Partners.GetEntityIfExistsAsync<TableEntity>(
            StorageKeys.PartnersPartition(tenantId), RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity
            ? new CrmSettings(entity.GetPeople("Admins")) { Version = entity.ETag.ToString() }
            : new CrmSettings([.. options.Value.Admins.Select(id => new PersonRef(id, string.Empty))]);
    }

    public async Task<CrmSettings> SaveAsync(string tenantId, CrmSettings settings, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(audit);
        var partition = StorageKeys.PartnersPartition(tenantId);
        var entity = new TableEntity(partition, RowKey);
        entity.SetPeople("Admins", settings.Admins);
        TableTransactionAction[] actions =
        [
            settings.Version is null
                ? new(TableTransactionActionType.Add, entity)
                : new(TableTransactionActionType.UpdateReplace, entity, new ETag(settings.Version)),
            new(TableTransactionActionType.Add, PartnerMapping.AuditEntity(partition, audit)),
        ];
        try
        {
            var response = await tables.Partners.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return settings with { Version = response.Value[0].Headers.ETag?.ToString() };
        }
        catch (TableTransactionFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            throw new ConcurrencyException("The CRM settings were changed since they were read; nothing was written.", ex);
        }
        finally
        {
            _kept.TryRemove(tenantId, out _);
        }
    }
}
