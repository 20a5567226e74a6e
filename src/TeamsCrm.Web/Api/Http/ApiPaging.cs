using System.Buffers.Text;
using System.Text;
using Microsoft.AspNetCore.Http.Extensions;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Web.Api.Http;

/// <summary>
/// Paging of lists: <c>top</c> (1–100, default 25) items per page; a page that is not the last carries <c>nextLink</c>,
/// the absolute address of the next page with an opaque <c>skipToken</c> (where this page ended). Follow it as it is.
/// </summary>
internal static class ApiPaging
{
    public const string Top = "top";
    public const string SkipToken = "skipToken";

    /// <summary>The page asked for, or the 400 that says which parameter is wrong.</summary>
    public static bool TryRead(int? top, string? skipToken, out PageRequest page, out IResult? problem)
    {
        page = new PageRequest();
        problem = null;
        var size = top ?? PageRequest.DefaultSize;
        if (size is < 1 or > PageRequest.MaxSize)
        {
            problem = ApiProblems.Invalid([new FieldError(Top, ErrorCodes.OutOfRange, PageRequest.MaxSize)]);
            return false;
        }

        string? after = null;
        if (skipToken is not null && (after = Decode(skipToken)) is null)
        {
            problem = ApiProblems.InvalidField(SkipToken, "Api.InvalidSkipToken");
            return false;
        }

        page = new PageRequest(size, after);
        return true;
    }

    /// <summary>
    /// A list endpoint's whole answer: reads <c>top</c> and <c>skipToken</c>, asks <paramref name="list"/> for that page
    /// as the API's caller, and answers with the page of resources (or the problem).
    /// </summary>
    public static async Task<IResult> ListAsync<T, TResource>(
        HttpContext context, int? top, string? skipToken, Func<Caller, PageRequest, Task<CrmResult<Page<T>>>> list, Func<T, TResource> map)
    {
        if (!TryRead(top, skipToken, out var page, out var problem))
        {
            return problem!;
        }

        var listed = await list(ApiCallers.Caller(context), page);
        return listed.IsSuccess ? ApiResults.Page(ToResources(context.Request, page, listed.Value, map)) : ApiProblems.For(listed.Error);
    }

    /// <summary>The page of resources, with the link to the next page when there is one.</summary>
    public static ResourcePage<TResource> ToResources<T, TResource>(HttpRequest request, PageRequest asked, Page<T> page, Func<T, TResource> map) =>
        new([.. page.Items.Select(map)], page.ContinueAfter is null ? null : NextLink(request, asked.Size, page.ContinueAfter));

    private static string NextLink(HttpRequest request, int size, string continueAfter)
    {
        var query = new QueryBuilder(request.Query
            .Where(q => q.Key is not (Top or SkipToken))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))))
        {
            { Top, size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            { SkipToken, Base64Url.EncodeToString(Encoding.UTF8.GetBytes(continueAfter)) },
        };
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query.ToQueryString());
    }

    private static string? Decode(string token)
    {
        try
        {
            var id = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            return CrmIds.IsWellFormed(id) ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
