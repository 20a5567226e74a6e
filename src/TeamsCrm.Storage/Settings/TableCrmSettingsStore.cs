using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Settings;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Settings;

/// <summary>
/// Each tenant's CRM settings, one row ("~s|crm") of its partners partition; without one, the configured
/// <see cref="CrmSettingsOptions.Admins"/> (names unknown: the people directory supplies them where shown). Kept for
/// <see cref="Lifetime"/>; a save through this instance shows at once.
/// </summary>
public sealed class TableCrmSettingsStore(CrmTables tables, IOptions<CrmSettingsOptions> options, TimeProvider time) : ICrmSettingsStore
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

        var response = await tables.Partners.GetEntityIfExistsAsync<TableEntity>(
            StorageKeys.PartnersPartition(tenantId), RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        var settings = response.HasValue && response.Value is { } entity
            ? new CrmSettings(entity.GetPeople("Admins"))
            : new CrmSettings([.. options.Value.Admins.Select(id => new PersonRef(id, string.Empty))]);
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
}
