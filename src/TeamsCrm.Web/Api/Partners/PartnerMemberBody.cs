namespace TeamsCrm.Web.Api.Partners;

/// <summary>The guest to add, by Entra object id (chosen from the people directory; only guests can be added).</summary>
public sealed record PartnerMemberBody(string? UserId);
