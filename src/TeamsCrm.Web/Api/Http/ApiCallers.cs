using System.Globalization;
using TeamsCrm.Conversation.Partners;
using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Identity;

namespace TeamsCrm.Web.Api.Http;

/// <summary>
/// Resolves who calls the API once per request (from the Entra token's tenant and object id, through the people
/// directory, guest signals included — <see cref="HttpCallers"/>), before the endpoint runs; endpoints read it with
/// <see cref="Caller(HttpContext)"/>. A guest in no partner organisation sees nothing: every endpoint answers them 403
/// with whom to ask (<see cref="GuestAskWhom"/>) in the problem's detail.
/// </summary>
internal sealed class ApiCallers(HttpCallers callers, GuestAskWhom askWhom) : IEndpointFilter
{
    private static readonly object Key = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var caller = await callers.ResolveAsync(http.User, http.RequestAborted);
        if (caller is null)
        {
            return ApiProblems.Unauthorized();
        }

        if (await askWhom.SentenceAsync(caller, CultureInfo.CurrentUICulture.Name, http.RequestAborted) is { } ask)
        {
            return ApiProblems.NoPartnerOrganization(ask);
        }

        http.Items[Key] = caller;
        return await next(context);
    }

    /// <summary>The caller of this API request.</summary>
    public static Caller Caller(HttpContext context) =>
        context.Items[Key] as Caller ?? throw new InvalidOperationException("The API caller was not resolved: the endpoint is outside the API group.");
}
