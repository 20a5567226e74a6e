using TeamsCrm.Core.Identity;

namespace TeamsCrm.Web.Api.Settings;

/// <summary>One CRM administrator: Entra object id and display name (empty when the directory does not know them).</summary>
public sealed record CrmAdministratorResource(string UserId, string DisplayName)
{
    public static CrmAdministratorResource From(PersonRef admin) => new(admin.UserId, admin.DisplayName);
}
