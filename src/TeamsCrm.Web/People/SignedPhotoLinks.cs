using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Web.Hosting;

namespace TeamsCrm.Web.People;

/// <summary>
/// Signed, expiring links to the photo endpoint: .../photo?exp={unix seconds}&amp;sig={HMAC-SHA256 over
/// "tenant|user|exp", base64url}, keyed with App:PhotoLinkKey (links signed with App:PreviousPhotoLinkKey, the key it
/// replaced, stay valid until they expire). The expiry is the start of the next-but-one UTC day, so
/// a link is valid 24 to 48 hours and stays the same all day (clients and proxies cache it). Without a valid signature
/// the endpoint answers 404: nobody fetches an employee's photo by guessing ids.
/// </summary>
public sealed class SignedPhotoLinks(IOptions<AppOptions> options, TimeProvider time) : IPersonPhotoLinks
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.PhotoLinkKey ?? string.Empty);
    private readonly byte[]? _previousKey = options.Value.PreviousPhotoLinkKey is { Length: > 0 } previous ? Encoding.UTF8.GetBytes(previous) : null;
    private readonly Uri _baseUrl = WithTrailingSlash(options.Value.PublicBaseUrl ?? AppOptionsDefaults.DevelopmentBaseUrl);

    public Uri PhotoUrl(string tenantId, string userId)
    {
        var now = time.GetUtcNow();
        var expires = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).Add(Day * 2).ToUnixTimeSeconds();
        var path = PhotoEndpointRouteBuilderExtensions.Route.TrimStart('/')
            .Replace("{tenantId}", Uri.EscapeDataString(tenantId), StringComparison.Ordinal)
            .Replace("{userId}", Uri.EscapeDataString(userId), StringComparison.Ordinal);
        return new Uri(_baseUrl, $"{path}?exp={expires}&sig={Sign(_key, tenantId, userId, expires)}");
    }

    Uri? IPersonPhotoLinks.PhotoUrl(string tenantId, string userId) => PhotoUrl(tenantId, userId);

    /// <summary>Whether exp and sig are this app's unexpired signature for the photo of tenant and user.</summary>
    public bool IsValid(string tenantId, string userId, string? exp, string? sig)
    {
        if (!long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || expires <= time.GetUtcNow().ToUnixTimeSeconds()
            || string.IsNullOrEmpty(sig))
        {
            return false;
        }

        var given = Encoding.ASCII.GetBytes(sig);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(_key, tenantId, userId, expires)), given)
            || (_previousKey is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(_previousKey, tenantId, userId, expires)), given));
    }

    /// <summary>A base URL with a path (https://host/crm) keeps it: links resolve below it.</summary>
    private static Uri WithTrailingSlash(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");

    private static string Sign(byte[] key, string tenantId, string userId, long expires)
    {
        var message = Encoding.UTF8.GetBytes($"{tenantId.ToUpperInvariant()}|{userId.ToUpperInvariant()}|{expires.ToString(CultureInfo.InvariantCulture)}");
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, message));
    }
}
