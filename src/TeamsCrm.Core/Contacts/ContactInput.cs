namespace TeamsCrm.Core.Contacts;

/// <summary>The editable fields of a contact.</summary>
public sealed record ContactInput(
    string FirstName,
    string LastName,
    string? Role = null,
    string? Email = null,
    string? Phone = null,
    PreferredChannel PreferredChannel = PreferredChannel.Email,
    bool IsKeyContact = false)
{
    public CrmError? Validate() => new InputCheck()
        .Required("firstName", FirstName, FieldLimits.PersonName)
        .Required("lastName", LastName, FieldLimits.PersonName)
        .Optional("role", Role, FieldLimits.ShortText)
        .Email("email", Email)
        .Phone("phone", Phone)
        .Defined("preferredChannel", PreferredChannel)
        .ToError();

    public Contact ApplyTo(Contact contact, DateTimeOffset now) => contact with
    {
        FirstName = FirstName.Trim(),
        LastName = LastName.Trim(),
        Role = string.IsNullOrWhiteSpace(Role) ? null : Role.Trim(),
        Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(),
        Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim(),
        PreferredChannel = PreferredChannel,
        IsKeyContact = IsKeyContact,
        UpdatedAt = now,
    };
}
