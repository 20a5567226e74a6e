namespace TeamsCrm.Web.Api.Http;

/// <summary>Where the API lives, and the address of a record in it (for Location headers).</summary>
internal static class ApiRoutes
{
    public const string Base = "/api/v1";

    /// <summary>"/api/v1/accounts/{accountId}/…" below the app's path base; the ids are escaped.</summary>
    public static string Location(HttpContext context, string collection, string id, params string[] more) =>
        $"{context.Request.PathBase}{Base}/{collection}/{Uri.EscapeDataString(id)}"
        + string.Concat(more.Select((part, index) => "/" + (index % 2 == 0 ? part : Uri.EscapeDataString(part))));
}
