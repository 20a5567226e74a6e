namespace TeamsCrm.Storage.Settings;

/// <summary>
/// The configuration section "Crm": <see cref="Admins"/> are the Entra object ids of the CRM administrators of every
/// tenant that has no stored settings yet (the bootstrap; once a tenant's settings are stored, those count).
/// </summary>
public sealed class CrmSettingsOptions
{
    public const string SectionName = "Crm";

    public IList<string> Admins { get; } = [];

    /// <summary>True when every administrator is an object id (a GUID).</summary>
    public bool IsValid() => Admins.All(a => Guid.TryParse(a, out _));
}
