using System.Text.Json.Serialization;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Accounts;

/// <summary>An account as the caller may see it. <see cref="Segment"/> is internal: absent for partners (guests).</summary>
public sealed record AccountResource(
    string Id,
    string Name,
    string? LegalForm,
    string? Industry,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Segment,
    string? Website,
    PostalAddress Address,
    PersonRef Owner,
    AccountStatus Status,
    SocialProfiles Social,
    DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("etag")] string? ETag) : IApiResource
{
    public static AccountResource From(AccountView view) => new(
        view.Id, view.Name, view.LegalForm, view.Industry, view.Segment, view.Website, view.Address, view.Owner, view.Status, view.Social,
        view.UpdatedAt, ETags.For(view.Version));

    /// <summary>A stored account as <paramref name="caller"/> may see it (redacted for a guest).</summary>
    public static AccountResource From(Account account, Caller caller) => From(CustomerCardAssembler.ToView(account, caller.IsGuest));
}
