using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Web.Api.Accounts;

/// <summary>
/// The editable fields of an account (create, and update — which replaces them all: a field left out is cleared, the
/// status becomes Active, the owner stays). Limits: README "Input limits".
/// </summary>
public sealed record AccountBody(
    string? Name,
    string? LegalForm = null,
    string? Industry = null,
    string? Segment = null,
    string? Website = null,
    PostalAddress? Address = null,
    SocialProfiles? Social = null,
    AccountStatus? Status = null,
    PersonRef? Owner = null)
{
    public AccountInput ToInput() => new(Name ?? string.Empty, LegalForm, Industry, Segment, Website, Address, Social, Status ?? AccountStatus.Active, Owner);
}
