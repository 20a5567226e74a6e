using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TeamsCrm.Conversation.Insights;
using TeamsCrm.Web.Hosting;

namespace TeamsCrm.Web.ChatInsights;

/// <summary>
/// Signed, expiring links to an insights card's chart image: .../{tenant}/{user}/{kind}?d={figures}&amp;exp={unix
/// seconds}&amp;sig={HMAC-SHA256 over "chart|tenant|user|kind|figures|exp", base64url}, keyed with App:PhotoLinkKey (the
/// "chart|" prefix keeps these signatures apart from the photo links'; App:PreviousPhotoLinkKey is accepted as for
/// photos). The link carries the figures of the card it was made for, so the image shows exactly what that card showed
/// its reader and fetching it reads nothing; changing any part of it (tenant, user, kind, a figure, the expiry) breaks
/// the signature. Valid until the start of the eighth UTC day after it was made (7 to 8 days), the same all day.
/// </summary>
public sealed class SignedChartLinks(IOptions<AppOptions> options, TimeProvider time) : IInsightsChartLinks
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(8);

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.PhotoLinkKey ?? string.Empty);
    private readonly byte[]? _previousKey = options.Value.PreviousPhotoLinkKey is { Length: > 0 } previous ? Encoding.UTF8.GetBytes(previous) : null;
    private readonly Uri _baseUrl = new(WithSlash((options.Value.PublicBaseUrl ?? AppOptionsDefaults.DevelopmentBaseUrl).AbsoluteUri));

    public Uri? ChartUrl(string tenantId, string userId, InsightsChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.IsEmpty || !ChartEndpointRouteBuilderExtensions.IsKind(chart.Kind))
        {
            return null;
        }

        var expires = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).Add(Lifetime).ToUnixTimeSeconds();
        var code = ChartCode.Encode(chart);
        var path = ChartEndpointRouteBuilderExtensions.Route.TrimStart('/')
            .Replace("{tenantId}", Uri.EscapeDataString(tenantId), StringComparison.Ordinal)
            .Replace("{userId}", Uri.EscapeDataString(userId), StringComparison.Ordinal)
            .Replace("{kind}", chart.Kind, StringComparison.Ordinal);
        return new Uri(_baseUrl, $"{path}?d={code}&exp={expires}&sig={Sign(_key, tenantId, userId, chart.Kind, code, expires)}");
    }

    /// <summary>Whether exp and sig are this app's unexpired signature of these figures for tenant, user and kind.</summary>
    public bool IsValid(string tenantId, string userId, string kind, string? code, string? exp, string? sig)
    {
        if (!long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || expires <= time.GetUtcNow().ToUnixTimeSeconds()
            || string.IsNullOrEmpty(sig) || string.IsNullOrEmpty(code))
        {
            return false;
        }

        var given = Encoding.ASCII.GetBytes(sig);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(_key, tenantId, userId, kind, code, expires)), given)
            || (_previousKey is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(_previousKey, tenantId, userId, kind, code, expires)), given));
    }

    private static string WithSlash(string url) => url.EndsWith('/') ? url : url + "/";

    private static string Sign(byte[] key, string tenantId, string userId, string kind, string code, long expires)
    {
        var message = Encoding.UTF8.GetBytes(
            $"chart|{tenantId.ToUpperInvariant()}|{userId.ToUpperInvariant()}|{kind}|{code}|{expires.ToString(CultureInfo.InvariantCulture)}");
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, message));
    }
}
