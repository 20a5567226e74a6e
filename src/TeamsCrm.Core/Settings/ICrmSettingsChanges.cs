using TeamsCrm.Core.Audit;

namespace TeamsCrm.Core.Settings;

/// <summary>Changes of a tenant's CRM settings under optimistic concurrency, each with its audit entry.</summary>
public interface ICrmSettingsChanges
{
    /// <summary>The settings as stored now (never a kept copy), with their <see cref="CrmSettings.Version"/>.</summary>
    Task<CrmSettings> GetCurrentAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="settings"/> and <paramref name="audit"/> in one transaction if the stored settings are
    /// still at <see cref="CrmSettings.Version"/> (null: nothing stored yet); else <see cref="Persistence.ConcurrencyException"/>
    /// and nothing is written. Returns the settings with their new version.
    /// </summary>
    Task<CrmSettings> SaveAsync(string tenantId, CrmSettings settings, AuditEntry audit, CancellationToken cancellationToken = default);
}
