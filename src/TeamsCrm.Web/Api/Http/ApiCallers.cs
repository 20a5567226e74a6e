using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Identity;

namespace TeamsCrm.Web.Api.Http;

/// <summary>
/// Resolves who calls the API once per request (from the Entra token's tenant and object id, through the people
/// directory, guest signals included — <see cref="HttpCallers"/>), before the endpoint runs; endpoints read it with
/// <see cref="Caller(HttpContext)"/>.
/// </summary>
internal sealed class ApiCallers(HttpCallers callers) : IEndpointFilter
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

        http.Items[Key] = caller;
        return await next(context);
    }

    /// <summary>The caller of this API request.</summary>
    public static Caller Caller(HttpContext context) =>
        context.Items[Key] as Caller ?? throw new InvalidOperationException("The API caller was not resolved: the endpoint is outside the API group.");
}
