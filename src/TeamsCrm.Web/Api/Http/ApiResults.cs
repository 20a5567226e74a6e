using TeamsCrm.Core.Common;

namespace TeamsCrm.Web.Api.Http;

/// <summary>The successful answers of the API (with the ETag header) and the one way a use case's result becomes a response.</summary>
internal static class ApiResults
{
    public static IResult Ok<TResource>(HttpContext context, TResource resource)
        where TResource : IApiResource
    {
        SetETag(context, resource);
        return new ApiJsonResult<TResource>(resource, StatusCodes.Status200OK);
    }

    /// <summary>200 with one page of a list.</summary>
    public static IResult Page<TItem>(ResourcePage<TItem> page) => new ApiJsonResult<ResourcePage<TItem>>(page, StatusCodes.Status200OK);

    public static IResult Created<TResource>(HttpContext context, string location, TResource resource)
        where TResource : IApiResource
    {
        SetETag(context, resource);
        return new ApiJsonResult<TResource>(resource, StatusCodes.Status201Created, location);
    }

    /// <summary>
    /// 201 with the new resource at <paramref name="location"/>, or the problem of the error (with what
    /// <paramref name="details"/> takes from it: the existing matches of a suspected duplicate).
    /// </summary>
    public static IResult Created<T, TResource>(
        HttpContext context, CrmResult<T> result, Func<T, TResource> map, Func<TResource, string[]> location, Func<CrmError, object?>? details = null)
        where TResource : IApiResource
    {
        if (!result.IsSuccess)
        {
            return ApiProblems.For(result.Error, details?.Invoke(result.Error));
        }

        var resource = map(result.Value);
        var path = location(resource);
        return Created(context, ApiRoutes.Location(context, path[0], path[1], path[2..]), resource);
    }

    /// <summary>200 with the resource, or the problem of the error.</summary>
    public static IResult From<T, TResource>(HttpContext context, CrmResult<T> result, Func<T, TResource> map)
        where TResource : IApiResource =>
        result.IsSuccess ? Ok(context, map(result.Value)) : ApiProblems.For(result.Error);

    /// <summary>
    /// The answer to a change: 200 with the changed resource; when someone changed the record meanwhile (the If-Match
    /// version is not the current one, or a concurrent write won), 412 with the record as the caller may see it now
    /// (read again through <paramref name="readCurrent"/>, so a partner gets the redacted view) and its ETag.
    /// </summary>
    public static Task<IResult> AfterChangeAsync<T, TResource>(
        HttpContext context, CrmResult<T> result, Func<T, TResource> map, Func<Task<CrmResult<TResource>>> readCurrent)
        where TResource : IApiResource =>
        AfterChangeAsync(context, result, value => Task.FromResult(CrmResult<TResource>.Success(map(value))), readCurrent);

    /// <summary>As above, with the changed resource read again (a view that depends on the caller's access, such as a deal's next stages).</summary>
    public static async Task<IResult> AfterChangeAsync<T, TResource>(
        HttpContext context, CrmResult<T> result, Func<T, Task<CrmResult<TResource>>> readChanged, Func<Task<CrmResult<TResource>>> readCurrent)
        where TResource : IApiResource
    {
        if (result.IsSuccess)
        {
            var changed = await readChanged(result.Value);
            return changed.IsSuccess ? Ok(context, changed.Value) : ApiProblems.For(changed.Error);
        }

        if (result.Error.Kind != CrmErrorKind.Conflict)
        {
            return ApiProblems.For(result.Error);
        }

        var current = await readCurrent();
        if (!current.IsSuccess)
        {
            return ApiProblems.For(current.Error);
        }

        SetETag(context, current.Value);
        return ApiProblems.For(result.Error, current.Value);
    }

    /// <summary>The use case's value mapped, or its error.</summary>
    public static CrmResult<TOut> Map<T, TOut>(this CrmResult<T> result, Func<T, TOut> map) =>
        result.IsSuccess ? map(result.Value) : result.Error;

    private static void SetETag(HttpContext context, IApiResource resource)
    {
        if (resource.ETag is { } etag)
        {
            context.Response.Headers.ETag = etag;
        }
    }
}
