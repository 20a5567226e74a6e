using Microsoft.AspNetCore.Authentication.JwtBearer;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Hosting;

/// <summary>
/// A request without a valid Entra token gets 401 with the usual <c>WWW-Authenticate: Bearer</c> header (with the
/// reason, as the bearer handler words it) and a problem-details body in the request's language.
/// </summary>
internal static class ApiChallenge
{
    public static void Configure(JwtBearerOptions options)
    {
        options.Events ??= new JwtBearerEvents();
        var earlier = options.Events.OnChallenge;
        options.Events.OnChallenge = async context =>
        {
            await earlier(context);
            if (context.Handled || context.Response.HasStarted)
            {
                return;
            }

            context.HandleResponse();
            context.Response.Headers.WWWAuthenticate = Header(context);
            await ApiProblems.Unauthorized().ExecuteAsync(context.HttpContext);
        };
    }

    private static string Header(JwtBearerChallengeContext context)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(context.Error))
        {
            parts.Add($"error=\"{context.Error}\"");
        }

        if (!string.IsNullOrEmpty(context.ErrorDescription))
        {
            parts.Add($"error_description=\"{context.ErrorDescription.Replace("\"", "'", StringComparison.Ordinal)}\"");
        }

        return parts.Count == 0 ? JwtBearerDefaults.AuthenticationScheme : JwtBearerDefaults.AuthenticationScheme + " " + string.Join(", ", parts);
    }
}
