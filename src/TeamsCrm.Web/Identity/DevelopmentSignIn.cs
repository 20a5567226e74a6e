using System.Security.Claims;
using TeamsCrm.Web.DemoData;
using TeamsCrm.Web.Tab.Components;
using TeamsCrm.Web.Tab.Localization;

namespace TeamsCrm.Web.Identity;

/// <summary>
/// Development only (and only with <c>Entra:DevelopmentSignIn</c>, which the app refuses outside Development): a
/// session as one of the demo people, chosen on the sign-in page, so the tab can be used in a local run and in the
/// browser tests without Teams and Entra. The claims are the ones an SSO token of that person would carry.
/// </summary>
internal static class DevelopmentSignIn
{
    public const string Path = "/tab/dev/session";

    public static async Task<IResult> StartAsync(HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] DevelopmentSignInForm form)
    {
        var person = DemoTenant.Directory.FirstOrDefault(p => p.UserId == form.Person);
        if (person is null)
        {
            return Results.BadRequest();
        }

        List<Claim> claims =
        [
            new(CrmClaims.TenantId, DemoTenant.TenantId),
            new(CrmClaims.ObjectId, person.UserId),
            new(CrmClaims.Name, person.DisplayName),
            new(CrmClaims.PreferredUserName, person.UserPrincipalName ?? person.Email ?? person.UserId),
        ];
        if (TabCultures.Normalize(form.Locale) is { } locale)
        {
            claims.Add(new Claim(CrmClaims.Locale, locale));
        }

        if (TabTimeZones.Normalize(form.TimeZone) is { } timeZone)
        {
            claims.Add(new Claim(CrmClaims.TimeZone, timeZone));
        }

        await TabSessionEndpointRouteBuilderExtensions.SignInAsync(context, claims);
        return Results.LocalRedirect(TabReturnUrl.SafeOrDefault(form.ReturnUrl));
    }
}

/// <summary>The Development sign-in form: the demo person's object id, the language, the time zone and where to go next.</summary>
internal sealed class DevelopmentSignInForm
{
    public string? Person { get; set; }

    public string? Locale { get; set; }

    /// <summary>The browser's time zone, filled in by tab.js.</summary>
    public string? TimeZone { get; set; }

    public string? ReturnUrl { get; set; }
}
