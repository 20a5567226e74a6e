using System.Buffers.Text;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace TeamsCrm.Web.Api.Http;

/// <summary>
/// The API's entity tags: the record's storage version, base64url-encoded and quoted — a strong, opaque validator, since
/// every change gives the record a new version. A client sends one back in If-Match to change the record only if nobody
/// changed it since.
/// </summary>
internal static class ETags
{
    /// <summary>A version no record ever has: what an If-Match tag that is not one of ours stands for (so it matches nothing).</summary>
    private const string NoVersion = "(not a version of this record)";

    public static string? For(string? version) =>
        version is null ? null : "\"" + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(version)) + "\"";

    /// <summary>
    /// Reads If-Match: false when the header is missing (the change is refused with 428). <c>*</c> asks for no check
    /// (null); a weak or foreign tag stands for a version nothing matches (the change is refused with 412).
    /// </summary>
    public static bool TryReadIfMatch(HttpRequest request, out string? expectedVersion)
    {
        expectedVersion = null;
        if (string.IsNullOrWhiteSpace(request.Headers.IfMatch))
        {
            return false;
        }

        var tags = request.GetTypedHeaders().IfMatch;
        if (tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any)))
        {
            return true;
        }

        var strong = tags.FirstOrDefault(tag => !tag.IsWeak);
        expectedVersion = strong is null ? NoVersion : Decode(strong.Tag.ToString()) ?? NoVersion;
        return true;
    }

    private static string? Decode(string quoted)
    {
        var inner = quoted.Trim('"');
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(inner));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
