using TeamsCrm.Core.Settings;

namespace TeamsCrm.Core.People;

/// <summary>
/// Turns a directory entry into the <see cref="Caller"/> every use case takes. Guest detection fails closed: a user is
/// a guest when any signal says so — the directory (<see cref="Person.IsGuest"/>: userType, externalUserState), an
/// <c>#EXT#</c> user principal name, the surface (<c>claimsGuest</c>: token claims, the client's member roster), or
/// membership of a partner organisation — and anyone the directory does not know is a guest. A guest's organisation is
/// the one that lists their Entra object id as a member (never their email domain); in an archived organisation, or in
/// none, they get none and therefore see nothing. Every part is read through a brief cache (the people directory's,
/// the partner directory's and the settings' own), so a resolution costs no storage round trip most of the time.
/// </summary>
public sealed class CallerResolver(IPeopleDirectory people, IPartnerDirectory partners, ICrmSettingsStore settings)
{
    /// <param name="tenantId">The tenant the surface says the user acts in.</param>
    /// <param name="userId">The user's Entra object id.</param>
    /// <param name="fallbackName">The name the surface knows, for someone the directory does not.</param>
    /// <param name="claimsGuest">Any other signal from the surface (e.g. a user role of "guest" in the caller's token); it wins.</param>
    /// <param name="cancellationToken">Ends the lookups.</param>
    public async Task<Caller> ResolveAsync(string tenantId, string userId, string? fallbackName, bool claimsGuest, CancellationToken cancellationToken = default)
    {
        var person = await people.GetAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
        var organization = await partners.FindByMemberAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
        var name = person?.DisplayName ?? fallbackName ?? string.Empty;
        if (person is not null && !IsGuest(person) && !claimsGuest && organization is null)
        {
            var tenantSettings = await settings.GetAsync(tenantId, cancellationToken).ConfigureAwait(false);
            return new Caller(tenantId, userId, name, CallerRole.Member) { IsCrmAdmin = tenantSettings.IsAdmin(userId) };
        }

        return new Caller(tenantId, userId, name, CallerRole.Guest, organization is { IsArchived: false } ? organization.Id : null);
    }

    /// <summary>Whether the directory entry says guest by any of its signals.</summary>
    public static bool IsGuest(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.IsGuest || (person.UserPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) ?? false);
    }
}
