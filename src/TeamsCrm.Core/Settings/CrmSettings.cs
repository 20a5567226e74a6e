namespace TeamsCrm.Core.Settings;

/// <summary>
/// The CRM settings of one tenant. <see cref="Admins"/> are the members who manage partner organisations, the product
/// catalog, the score model and the administrators themselves; the first is who an unassigned guest is told to ask.
/// <see cref="Version"/> is the stored row's version (null: nothing stored yet — the configuration's bootstrap).
/// </summary>
public sealed record CrmSettings(IReadOnlyList<PersonRef> Admins)
{
    public string? Version { get; init; }

    public bool IsAdmin(string userId) => Admins.Any(a => string.Equals(a.UserId, userId, StringComparison.OrdinalIgnoreCase));
}
