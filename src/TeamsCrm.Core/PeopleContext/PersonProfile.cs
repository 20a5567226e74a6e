namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// Who a colleague is, as shown next to their name: title, department, availability, manager and
/// whether the directory has a photo. Fields the viewer may not see are null (see <see cref="PeopleContextPolicy"/>).
/// </summary>
public sealed record PersonProfile(
    string UserId,
    string DisplayName,
    string? Email,
    string? JobTitle,
    string? Department,
    PresenceStatus? Presence,
    string? ManagerName,
    bool HasPhoto,
    bool IsGuest = false);
