using Microsoft.Net.Http.Headers;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Web.People;

public static class PhotoEndpointRouteBuilderExtensions
{
    public const string Route = "/api/people/{tenantId}/{userId}/photo";

    /// <summary>
    /// GET /api/people/{tenantId}/{userId}/photo: a colleague's 64×64 profile photo, so cards (and later the tab) link
    /// to a small image instead of carrying data URIs. Served from the photo source's cache with an ETag
    /// (If-None-Match → 304) and Cache-Control: private, max-age=3600. Adaptive Card images are fetched without the
    /// user's token, so the endpoint is anonymous; instead each link carries an expiring signature
    /// (<see cref="SignedPhotoLinks"/>, ?exp=…&amp;sig=…). 404 for a missing, wrong or expired signature, when there is no
    /// photo, for another tenant or a malformed id. It serves only the configured tenant's photos, by Entra object id.
    /// </summary>
    public static IEndpointConventionBuilder MapCrmPeoplePhotos(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, async (string tenantId, string userId, string? exp, string? sig, HttpContext context, SignedPhotoLinks links, IPersonPhotoSource photos, CancellationToken cancellationToken) =>
        {
            if (!Guid.TryParse(tenantId, out _) || !Guid.TryParse(userId, out _) || !links.IsValid(tenantId, userId, exp, sig))
            {
                return Results.NotFound();
            }

            var photo = await photos.GetAsync(tenantId, userId, cancellationToken);
            if (photo is null)
            {
                return Results.NotFound();
            }

            var headers = context.Response.GetTypedHeaders();
            headers.ETag = EntityTagHeaderValue.Parse(photo.ETag);
            headers.CacheControl = new CacheControlHeaderValue { Private = true, MaxAge = TimeSpan.FromHours(1) };
            var seen = context.Request.GetTypedHeaders().IfNoneMatch;
            if (seen.Any(tag => tag.Compare(headers.ETag, useStrongComparison: false)))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(photo.Content, photo.ContentType);
        });
}
