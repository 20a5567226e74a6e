using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;
using TeamsCrm.Graph.Delegated;

namespace TeamsCrm.Web.Identity;

/// <summary>
/// Delegated Graph at the tab's sign-in (Graph:Delegated:Enabled): the SSO token that <c>POST /tab/session</c> just
/// validated is exchanged on behalf of the member (on-behalf-of) and the result kept server-side in
/// <see cref="DelegatedGraphSessions"/> — never in the cookie, never in the page. A guest's token is never exchanged.
/// A failed exchange does not fail the sign-in (Graph then reads as the app, or not). Sign-out ends the session.
/// </summary>
internal static class DelegatedGraphSignIn
{
    public static async Task StartAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService<DelegatedGraphSessions>() is not { } sessions
            || BearerToken(context.Request) is not { } ssoToken)
        {
            return;
        }

        var caller = await context.RequestServices.GetRequiredService<HttpCallers>().ResolveAsync(context.User, cancellationToken);
        if (caller is null || caller.IsGuest)
        {
            return;
        }

        await sessions.StartAsync(caller.TenantId, caller.UserId, ssoToken, cancellationToken);
    }

    public static async Task EndAsync(HttpContext context)
    {
        if (context.RequestServices.GetService<DelegatedGraphSessions>() is not { } sessions)
        {
            return;
        }

        var session = await context.AuthenticateAsync(CrmAuthentication.TabSession);
        if (session.Principal?.FindFirstValue(CrmClaims.TenantId) is { Length: > 0 } tenantId
            && session.Principal.FindFirstValue(CrmClaims.ObjectId) is { Length: > 0 } userId)
        {
            await sessions.EndAsync(tenantId, userId);
        }
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length ? header[Scheme.Length..].Trim() : null;
    }
}
