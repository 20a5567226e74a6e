namespace TeamsCrm.Core.Settings;

/// <summary>The CRM settings of each tenant; a tenant without stored settings gets those of the configuration.</summary>
public interface ICrmSettingsStore
{
    Task<CrmSettings> GetAsync(string tenantId, CancellationToken cancellationToken = default);

    Task SaveAsync(string tenantId, CrmSettings settings, CancellationToken cancellationToken = default);
}
