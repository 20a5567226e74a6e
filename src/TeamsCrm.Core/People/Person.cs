namespace TeamsCrm.Core.People;

/// <summary>
/// A person of the tenant's directory (Microsoft Graph in production). <see cref="IsGuest"/> is
/// true when any directory signal says so (userType Guest, an #EXT# user principal name, an
/// external user state): guest detection fails closed.
/// </summary>
public sealed record Person(
    string UserId,
    string DisplayName,
    string? Email,
    string? UserPrincipalName,
    string? JobTitle,
    string? Department,
    bool IsGuest);
