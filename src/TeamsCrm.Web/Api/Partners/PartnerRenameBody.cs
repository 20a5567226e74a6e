namespace TeamsCrm.Web.Api.Partners;

/// <summary>A partner organisation's new name.</summary>
public sealed record PartnerRenameBody(string? Name);
