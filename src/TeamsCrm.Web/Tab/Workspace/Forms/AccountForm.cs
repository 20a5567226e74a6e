using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Web.Tab.Workspace.Forms;

/// <summary>The account form's fields as typed; Core validates them when saved.</summary>
public sealed class AccountForm
{
    public string? Name { get; set; }
    public string? LegalForm { get; set; }
    public string? Industry { get; set; }
    public string? Segment { get; set; }
    public AccountStatus Status { get; set; }
    public string? Website { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? LinkedIn { get; set; }
    public string? Xing { get; set; }
    public string? X { get; set; }

    public static AccountForm From(AccountView account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new AccountForm
        {
            Name = account.Name,
            LegalForm = account.LegalForm,
            Industry = account.Industry,
            Segment = account.Segment,
            Status = account.Status,
            Website = account.Website,
            Street = account.Address.Street,
            PostalCode = account.Address.PostalCode,
            City = account.Address.City,
            Country = account.Address.Country,
            LinkedIn = account.Social.LinkedIn,
            Xing = account.Social.Xing,
            X = account.Social.X,
        };
    }

    /// <summary>The input for the use case; the owner stays as it is (no owner given).</summary>
    public AccountInput ToInput() => new(
        Name ?? string.Empty,
        FormValues.OrNull(LegalForm),
        FormValues.OrNull(Industry),
        FormValues.OrNull(Segment),
        FormValues.OrNull(Website),
        new PostalAddress(FormValues.OrNull(Street), FormValues.OrNull(PostalCode), FormValues.OrNull(City), FormValues.OrNull(Country)),
        new SocialProfiles(FormValues.OrNull(LinkedIn), FormValues.OrNull(Xing), FormValues.OrNull(X)),
        Status);
}
