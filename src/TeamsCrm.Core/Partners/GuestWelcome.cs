namespace TeamsCrm.Core.Partners;

/// <summary>
/// What a guest is told on first contact: their organisation and what is shared with it (whole accounts by name, and
/// single deals by title), the highest level of those shares — or, for a guest in no organisation,
/// <see cref="AskWhom"/>: the name of one CRM administrator who can add them (never a list).
/// </summary>
public sealed record GuestWelcome(
    string? OrganizationName,
    IReadOnlyList<string> AccountNames,
    IReadOnlyList<string> DealTitles,
    ShareLevel? HighestLevel,
    string? AskWhom)
{
    public bool HasOrganization => OrganizationName is not null;
}
