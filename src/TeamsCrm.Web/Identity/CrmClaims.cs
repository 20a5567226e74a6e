using System.Security.Claims;

namespace TeamsCrm.Web.Identity;

/// <summary>
/// The Entra ID token claims the app reads (v2.0 access tokens; inbound claim mapping is off, so the names are the
/// token's own), kept unchanged in the tab session so both ways of signing in give the same principal.
/// </summary>
public static class CrmClaims
{
    public const string TenantId = "tid";
    public const string ObjectId = "oid";
    public const string Name = "name";
    public const string PreferredUserName = "preferred_username";

    /// <summary>"1" for a guest (an account from another tenant); Entra's optional claim <c>acct</c>.</summary>
    public const string AccountType = "acct";

    /// <summary>The identity provider that authenticated the person; present when it is not the tenant itself (guests).</summary>
    public const string IdentityProvider = "idp";

    /// <summary>The Teams language the person uses (e.g. de-DE), added to the tab session by the sign-in page.</summary>
    public const string Locale = "crm_locale";

    /// <summary>The person's time zone as their browser names it (e.g. Europe/Berlin), added to the tab session by the sign-in page.</summary>
    public const string TimeZone = "crm_tz";

    /// <summary>The claims a tab session keeps from the token.</summary>
    public static IReadOnlyList<string> Kept { get; } = [TenantId, ObjectId, Name, PreferredUserName, AccountType, IdentityProvider];

    /// <summary>
    /// Whether any token signal says the person is a guest: <c>acct</c> = 1, an identity provider other than the
    /// tenant's own issuer, or an <c>#EXT#</c> user name. The directory can still make a member a guest, never the reverse.
    /// </summary>
    public static bool SaysGuest(ClaimsPrincipal principal)
    {
        var tenantId = principal.FindFirstValue(TenantId);
        var identityProvider = principal.FindFirstValue(IdentityProvider);
        return principal.FindFirstValue(AccountType) == "1"
            || (identityProvider is { Length: > 0 } && tenantId is not null && !identityProvider.Contains(tenantId, StringComparison.OrdinalIgnoreCase))
            || (principal.FindFirstValue(PreferredUserName)?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) ?? false);
    }
}
