namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// Tells whether a meeting attendee belongs to the customer: one of the account's contacts (by email)
/// or an address of the account's own domain (its website's host, subdomains included) — for people not
/// yet in the CRM. An address of the tenant's own domains never counts, even if a customer shares it.
/// </summary>
public sealed class CustomerAttendeeMatcher
{
    private readonly HashSet<string> _contactEmails;
    private readonly string? _customerDomain;
    private readonly HashSet<string> _ownDomains;

    public CustomerAttendeeMatcher(IEnumerable<string?> contactEmails, string? website, IEnumerable<string?> ownAddresses)
    {
        ArgumentNullException.ThrowIfNull(contactEmails);
        ArgumentNullException.ThrowIfNull(ownAddresses);
        _ownDomains = new(ownAddresses.Select(DomainOf).OfType<string>(), StringComparer.OrdinalIgnoreCase);
        _contactEmails = new(contactEmails.OfType<string>().Where(e => !IsOwn(e)), StringComparer.OrdinalIgnoreCase);
        _customerDomain = WebsiteDomain(website);
    }

    public bool IsCustomer(MeetingAttendee attendee)
    {
        ArgumentNullException.ThrowIfNull(attendee);
        if (IsOwn(attendee.Email))
        {
            return false;
        }

        if (_contactEmails.Contains(attendee.Email))
        {
            return true;
        }

        var domain = DomainOf(attendee.Email);
        return domain is not null && _customerDomain is not null
            && (domain.Equals(_customerDomain, StringComparison.OrdinalIgnoreCase)
                || domain.EndsWith($".{_customerDomain}", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the attendee is a contact of the account already (by address, case-insensitive).</summary>
    public bool IsContact(MeetingAttendee attendee)
    {
        ArgumentNullException.ThrowIfNull(attendee);
        return attendee.Email is { } email && _contactEmails.Contains(email.Trim());
    }

    /// <summary>A customer attendee who is not a contact yet: someone to offer as a new contact.</summary>
    public bool IsNewContact(MeetingAttendee attendee) => IsCustomer(attendee) && !IsContact(attendee);

    public static string? DomainOf(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at > 0 && at < address!.Length - 1 ? address[(at + 1)..].Trim().ToLowerInvariant() : null;
    }

    private bool IsOwn(string? address) => DomainOf(address) is { } domain && _ownDomains.Contains(domain);

    private static string? WebsiteDomain(string? website)
    {
        if (string.IsNullOrWhiteSpace(website))
        {
            return null;
        }

        var text = website.Contains("://", StringComparison.Ordinal) ? website.Trim() : $"https://{website.Trim()}";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || !url.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var host = url.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
