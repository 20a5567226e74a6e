namespace TeamsCrm.Core.Settings;

/// <summary>
/// The CRM settings of one tenant. <see cref="Admins"/> are the members who manage partner organisations; the first
/// is who an unassigned guest is told to ask.
/// </summary>
public sealed record CrmSettings(IReadOnlyList<PersonRef> Admins)
{
    public bool IsAdmin(string userId) => Admins.Any(a => string.Equals(a.UserId, userId, StringComparison.OrdinalIgnoreCase));
}
