using System.Text.Json.Serialization;
using TeamsCrm.Core.Access;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Partners;

/// <summary>
/// A partner organisation. Members of the tenant get all of it; a partner (guest) only their own organisation's id and
/// name — the service hands them the redacted record (<see cref="AccessPolicy.PartnerOrganizationFor"/>), which has no
/// members, no email domains and no version, so the list, the domains and the ETag are left out.
/// </summary>
public sealed record PartnerOrganizationResource(
    string Id,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? EmailDomains,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PersonRef>? Members,
    bool IsArchived,
    [property: JsonPropertyName("etag"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ETag) : IApiResource
{
    public static PartnerOrganizationResource From(PartnerOrganization organization) => organization.Version is null
        ? new(organization.Id, organization.Name, null, null, organization.IsArchived, null)
        : new(organization.Id, organization.Name, organization.EmailDomains, organization.Members, organization.IsArchived, ETags.For(organization.Version));
}
