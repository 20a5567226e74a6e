namespace TeamsCrm.Core.Partners;

/// <summary>An external company whose people work in the tenant as B2B guests (a reseller, an implementer).</summary>
public sealed record PartnerOrganization(string Id, string Name, IReadOnlyList<string> EmailDomains);
