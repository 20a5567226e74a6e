namespace TeamsCrm.Core.People;

/// <summary>
/// Turns a directory entry into the <see cref="Caller"/> every use case takes. Guests are matched
/// to their partner organisation by email domain; a guest whose domain no organisation claims gets
/// none and therefore sees nothing. Anyone the directory does not know is treated as a guest
/// without organisation (fail closed).
/// </summary>
public sealed class CallerResolver(IPeopleDirectory people, IPartnerDirectory partners)
{
    /// <param name="tenantId"></param>

    /// <param name="userId"></param>
    /// <param name="fallbackName"></param>    /// <param name="claimsGuest">Any other signal from the surface (e.g. a user role of "guest" in the caller's token); it wins.</param>
    /// <param name="cancellationToken"></param>
    public async Task<Caller> ResolveAsync(string tenantId, string userId, string? fallbackName, bool claimsGuest, CancellationToken cancellationToken = default)
    {
        var person = await people.GetAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new Caller(tenantId, userId, fallbackName ?? string.Empty, CallerRole.Guest);
        }

        if (!person.IsGuest && !claimsGuest)
        {
            return new Caller(tenantId, userId, person.DisplayName, CallerRole.Member);
        }

        var domain = EmailDomain(person.Email) ?? EmailDomain(GuestHomeAddress(person.UserPrincipalName));
        var organizations = await partners.ListAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var organization = domain is null
            ? null
            : organizations.FirstOrDefault(o => o.EmailDomains.Contains(domain, StringComparer.OrdinalIgnoreCase));
        return new Caller(tenantId, userId, person.DisplayName, CallerRole.Guest, organization?.Id);
    }

    private static string? EmailDomain(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at > 0 && at < address!.Length - 1 ? address[(at + 1)..].ToLowerInvariant() : null;
    }

    /// <summary>"pat.reyes_fabrikampartners.example#EXT#@contoso.example" → "pat.reyes@fabrikampartners.example".</summary>
    private static string? GuestHomeAddress(string? userPrincipalName)
    {
        var ext = userPrincipalName?.IndexOf("#EXT#", StringComparison.OrdinalIgnoreCase) ?? -1;
        if (ext <= 0)
        {
            return null;
        }

        var local = userPrincipalName![..ext];
        var underscore = local.LastIndexOf('_');
        return underscore > 0 ? $"{local[..underscore]}@{local[(underscore + 1)..]}" : null;
    }
}
