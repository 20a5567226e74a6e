using System.Text.Json.Serialization;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Contacts;

/// <summary>A person at a customer account.</summary>
public sealed record ContactResource(
    string Id,
    string AccountId,
    string FirstName,
    string LastName,
    string? Role,
    string? Email,
    string? Phone,
    PreferredChannel PreferredChannel,
    bool IsKeyContact,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("etag")] string? ETag) : IApiResource
{
    public static ContactResource From(Contact contact) => new(
        contact.Id, contact.AccountId, contact.FirstName, contact.LastName, contact.Role, contact.Email, contact.Phone,
        contact.PreferredChannel, contact.IsKeyContact, contact.CreatedAt, contact.UpdatedAt, ETags.For(contact.Version));
}
