using TeamsCrm.Core.Contacts;

namespace TeamsCrm.Web.Tab.Workspace.Forms;

/// <summary>The contact form's fields as typed; Core validates them when saved.</summary>
public sealed class ContactForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public PreferredChannel PreferredChannel { get; set; } = PreferredChannel.Email;
    public bool IsKeyContact { get; set; }

    public static ContactForm From(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new ContactForm
        {
            FirstName = contact.FirstName,
            LastName = contact.LastName,
            Role = contact.Role,
            Email = contact.Email,
            Phone = contact.Phone,
            PreferredChannel = contact.PreferredChannel,
            IsKeyContact = contact.IsKeyContact,
        };
    }

    public ContactInput ToInput() => new(
        FirstName ?? string.Empty,
        LastName ?? string.Empty,
        FormValues.OrNull(Role),
        FormValues.OrNull(Email),
        FormValues.OrNull(Phone),
        PreferredChannel,
        IsKeyContact);
}
