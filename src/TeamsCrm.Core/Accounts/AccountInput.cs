namespace TeamsCrm.Core.Accounts;

/// <summary>The editable fields of an account, as entered by a user or an integration.</summary>
public sealed record AccountInput(
    string Name,
    string? LegalForm = null,
    string? Industry = null,
    string? Segment = null,
    string? Website = null,
    PostalAddress? Address = null,
    SocialProfiles? Social = null,
    AccountStatus Status = AccountStatus.Active,
    PersonRef? Owner = null)
{
    public CrmError? Validate()
    {
        var address = Address ?? PostalAddress.Empty;
        var social = Social ?? SocialProfiles.Empty;
        return new InputCheck()
            .Required("name", Name, FieldLimits.Name)
            .Optional("legalForm", LegalForm, FieldLimits.LegalForm)
            .Optional("industry", Industry, FieldLimits.ShortText)
            .Optional("segment", Segment, FieldLimits.Segment)
            .WebUrl("website", Website)
            .Optional("address.street", address.Street, FieldLimits.Street)
            .Optional("address.postalCode", address.PostalCode, FieldLimits.PostalCode)
            .Optional("address.city", address.City, FieldLimits.ShortText)
            .Optional("address.country", address.Country, FieldLimits.ShortText)
            .WebUrl("social.linkedIn", social.LinkedIn)
            .WebUrl("social.xing", social.Xing)
            .WebUrl("social.x", social.X)
            .Defined("status", Status)
            .Owner(Owner)
            .ToError();
    }

    public Account ApplyTo(Account account, PersonRef fallbackOwner, DateTimeOffset now) => account with
    {
        Name = Name.Trim(),
        LegalForm = Tidy(LegalForm),
        Industry = Tidy(Industry),
        Segment = Tidy(Segment),
        Website = Tidy(Website),
        Address = Address ?? PostalAddress.Empty,
        Social = Social ?? SocialProfiles.Empty,
        Status = Status,
        Owner = Owner ?? fallbackOwner,
        UpdatedAt = now,
    };

    private static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
