namespace TeamsCrm.Core.Identity;

/// <summary>
/// Who is asking: every use case takes one. <see cref="UserId"/> is the Entra object id.
/// A guest's <see cref="PartnerOrganizationId"/> names the partner organisation they work for;
/// a guest without one sees nothing. <see cref="IsCrmAdmin"/> is true for a member the tenant's CRM settings name
/// as an administrator (never for a guest).
/// </summary>
public sealed record Caller(
    string TenantId,
    string UserId,
    string DisplayName,
    CallerRole Role,
    string? PartnerOrganizationId = null)
{
    public bool IsGuest => Role == CallerRole.Guest;

    /// <summary>A CRM administrator of the tenant: manages partner organisations (<see cref="Access.AccessPolicy.CanManagePartnerOrganizations"/>).</summary>
    public bool IsCrmAdmin { get; init; }

    public PersonRef AsPerson() => new(UserId, DisplayName);
}
