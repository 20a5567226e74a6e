using TeamsCrm.Core.Contacts;

namespace TeamsCrm.Web.Api.Contacts;

/// <summary>The editable fields of a contact (create, and update — which replaces them all).</summary>
public sealed record ContactBody(
    string? FirstName,
    string? LastName,
    string? Role = null,
    string? Email = null,
    string? Phone = null,
    PreferredChannel? PreferredChannel = null,
    bool IsKeyContact = false)
{
    public ContactInput ToInput() =>
        new(FirstName ?? string.Empty, LastName ?? string.Empty, Role, Email, Phone, PreferredChannel ?? Core.Contacts.PreferredChannel.Email, IsKeyContact);
}
