using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using TeamsCrm.Web.Tab.Localization;

namespace TeamsCrm.Web.Identity;

public static class TabSessionEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>POST /tab/session</c>: the tab's sign-in page sends the SSO token Teams gave it (as a bearer token) and the
    /// Teams locale; a valid token becomes a tab session (the cookie), so the page and its live connection know the
    /// person without the token ever being kept in the page; the browser's time zone goes with it. With delegated Graph
    /// on, the token is exchanged on behalf of a member and the result kept on the server
    /// (<see cref="DelegatedGraphSignIn"/>). <c>POST /tab/sign-out</c> ends both.
    /// In Development with <c>Entra:DevelopmentSignIn</c>, <c>POST /tab/dev/session</c> starts a session as a chosen
    /// demo person (see <see cref="DevelopmentSignIn"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapCrmTabSession(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/tab/session", StartAsync)
            .RequireAuthorization(CrmAuthentication.ApiPolicy)
            .DisableAntiforgery()
            .ExcludeFromDescription();
        endpoints.MapPost("/tab/sign-out", async (HttpContext context) =>
        {
            await DelegatedGraphSignIn.EndAsync(context);
            await context.SignOutAsync(CrmAuthentication.TabSession);
            return Results.NoContent();
        }).DisableAntiforgery().ExcludeFromDescription();

        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var entra = endpoints.ServiceProvider.GetRequiredService<IOptions<EntraOptions>>().Value;
        if (environment.IsDevelopment() && entra.DevelopmentSignIn)
        {
            endpoints.MapPost(DevelopmentSignIn.Path, DevelopmentSignIn.StartAsync).ExcludeFromDescription();
        }

        return endpoints;
    }

    private static async Task<IResult> StartAsync(HttpContext context, SessionRequest? request)
    {
        var claims = CrmClaims.Kept
            .Select(type => context.User.FindFirst(type))
            .OfType<Claim>()
            .Select(claim => new Claim(claim.Type, claim.Value))
            .ToList();
        if (TabCultures.Normalize(request?.Locale) is { } locale)
        {
            claims.Add(new Claim(CrmClaims.Locale, locale));
        }

        if (TabTimeZones.Normalize(request?.TimeZone) is { } timeZone)
        {
            claims.Add(new Claim(CrmClaims.TimeZone, timeZone));
        }

        await SignInAsync(context, claims);
        await DelegatedGraphSignIn.StartAsync(context, context.RequestAborted);
        return Results.NoContent();
    }

    internal static Task SignInAsync(HttpContext context, IEnumerable<Claim> claims) =>
        context.SignInAsync(
            CrmAuthentication.TabSession,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CrmAuthentication.TabSession, CrmClaims.Name, roleType: null)));

    /// <summary>The sign-in page's request body.</summary>
    /// <param name="Locale">The Teams locale (app.getContext().app.locale), e.g. "de-DE".</param>
    /// <param name="TimeZone">The browser's time zone (Intl.DateTimeFormat), e.g. "Europe/Berlin", so even the first paint shows local times.</param>
    public sealed record SessionRequest(string? Locale, string? TimeZone = null);
}
