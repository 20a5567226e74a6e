using System.Security.Cryptography;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Tab.Hosting;

/// <summary>
/// The security headers of every response. Only Teams and the Microsoft 365 hosts that run Teams apps may show the
/// pages in a frame (<c>frame-ancestors</c>, the host list Microsoft documents for tabs; never <c>*</c>); a local run
/// adds its own loopback hosts. Scripts, styles, images and connections come from the app itself only; the one inline
/// script, Blazor's import map, carries a per-response nonce (<see cref="Nonce"/>). The REST API's JSON answers get a
/// fixed policy that allows nothing (<see cref="ApiContentSecurityPolicy"/>).
/// </summary>
internal static class TabSecurityHeaders
{
    /// <summary>The Microsoft 365 hosts that frame Teams tabs.</summary>
    public static IReadOnlyList<string> TeamsHosts { get; } =
    [
        "https://teams.microsoft.com",
        "https://*.teams.microsoft.com",
        "https://*.cloud.microsoft",
        "https://*.microsoft365.com",
        "https://*.office.com",
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://outlook-sdf.office.com",
        "https://outlook-sdf.office365.com",
    ];

    private static readonly string[] LocalHosts = ["http://localhost:*", "http://127.0.0.1:*"];

    private const string NonceKey = "crm-csp-nonce";

    /// <summary>This response's script nonce, for the page shell's import map.</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? string.Empty;

    public static string ContentSecurityPolicy(bool development, string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'self' " + string.Join(' ', development ? [.. TeamsHosts, .. LocalHosts] : TeamsHosts);

    /// <summary>The REST API's answers are data, never a page: nothing may load from them or frame them.</summary>
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseCrmSecurityHeaders(this IApplicationBuilder app, bool development)
    {
        return app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(ApiRoutes.Base))
            {
                // No page, so no script nonce to make.
                SetCommonHeaders(context.Response.Headers, ApiContentSecurityPolicy);
                return next(context);
            }

            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            SetCommonHeaders(context.Response.Headers, ContentSecurityPolicy(development, nonce));
            return next(context);
        });
    }

    private static void SetCommonHeaders(IHeaderDictionary headers, string contentSecurityPolicy)
    {
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }
}
