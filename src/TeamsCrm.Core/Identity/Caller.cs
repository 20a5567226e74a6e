namespace TeamsCrm.Core.Identity;

/// <summary>
/// Who is asking: every use case takes one. <see cref="UserId"/> is the Entra object id.
/// A guest's <see cref="PartnerOrganizationId"/> names the partner organisation they work for;
/// a guest without one sees nothing.
/// </summary>
public sealed record Caller(
    string TenantId,
    string UserId,
    string DisplayName,
    CallerRole Role,
    string? PartnerOrganizationId = null)
{
    public bool IsGuest => Role == CallerRole.Guest;

    public PersonRef AsPerson() => new(UserId, DisplayName);
}
