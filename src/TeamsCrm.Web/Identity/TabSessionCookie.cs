using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace TeamsCrm.Web.Identity;

/// <summary>
/// The tab's session cookie. Teams shows the tab in an iframe of another site, so outside Development the cookie is
/// <c>Secure; SameSite=None; Partitioned</c> (kept per top-level site, as browsers require of third-party cookies) and
/// host-only (<c>__Host-</c>); locally the app and the pages share one site, so <c>SameSite=Lax</c> over plain http.
/// It lives a little shorter than the SSO token it was made from; then the sign-in page asks Teams again, silently.
/// </summary>
internal static class TabSessionCookie
{
    public const string SignInPath = "/tab/sign-in";

    public static void Configure(CookieAuthenticationOptions cookie, EntraOptions entra, IHostEnvironment environment)
    {
        var local = environment.IsDevelopment();
        cookie.Cookie.Name = local ? "crm-tab" : "__Host-crm-tab";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.Path = "/";
        cookie.Cookie.SecurePolicy = local ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        cookie.Cookie.SameSite = local ? SameSiteMode.Lax : SameSiteMode.None;
        if (!local)
        {
            cookie.Cookie.Extensions.Add("Partitioned");
        }

        cookie.ExpireTimeSpan = entra.SessionLifetime;
        cookie.SlidingExpiration = false;
        cookie.LoginPath = SignInPath;
        cookie.AccessDeniedPath = SignInPath;
        cookie.ReturnUrlParameter = "returnUrl";
        cookie.Events.OnRedirectToLogin = context => RedirectPagesOnly(context);
        cookie.Events.OnRedirectToAccessDenied = context => RedirectPagesOnly(context);
    }

    /// <summary>A page is sent to the sign-in page; anything else (the circuit, a fetch) just gets 401.</summary>
    private static Task RedirectPagesOnly(RedirectContext<CookieAuthenticationOptions> context)
    {
        var isPage = HttpMethods.IsGet(context.Request.Method)
            && context.Request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
        if (isPage)
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }

        return Task.CompletedTask;
    }
}
