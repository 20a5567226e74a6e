namespace TeamsCrm.Web.Api.Partners;

/// <summary>A new partner organisation: its name (required, unique among active ones) and optional email domains (a hint for suggestions, never proof).</summary>
public sealed record PartnerOrganizationBody(string? Name, IReadOnlyList<string>? EmailDomains = null);
