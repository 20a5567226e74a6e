namespace TeamsCrm.Web.Api.Settings;

/// <summary>The member to make a CRM administrator, by Entra object id (chosen from the people directory; guests cannot be).</summary>
public sealed record CrmAdministratorBody(string? UserId);
