using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TeamsCrm.Web.Hosting;

namespace TeamsCrm.Web.Signing;

/// <summary>
/// The expiring signatures of the app's public links (a person's photo, a chat card's chart image): HMAC-SHA256 over
/// the link's parts and its expiry, "part|…|part|{unix seconds}" in UTF-8, base64url, keyed with App:PhotoLinkKey; a
/// link signed with App:PreviousPhotoLinkKey (the key it replaced) stays valid until it expires. An expiry is the start
/// of a UTC day, so a link stays the same all day (clients and proxies cache it). A signature is checked in constant
/// time, and an expired, missing or malformed one is never valid. No part may contain "|" (the separator), so one
/// message never reads as other parts: such a link is not made, and such parts never validate.
/// </summary>
public sealed class LinkSigner(AppOptions options, TimeProvider time)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.PhotoLinkKey ?? string.Empty);
    private readonly byte[]? _previousKey = options.PreviousPhotoLinkKey is { Length: > 0 } previous ? Encoding.UTF8.GetBytes(previous) : null;

    /// <summary>The app's public base URL with a trailing slash, so a base with a path (https://host/crm) keeps it.</summary>
    public Uri BaseUrl { get; } = WithTrailingSlash(options.PublicBaseUrl ?? AppOptionsDefaults.DevelopmentBaseUrl);

    /// <summary>The start of today's UTC day plus <paramref name="lifetime"/>, in Unix seconds.</summary>
    public long ExpiryAfter(TimeSpan lifetime) =>
        new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).Add(lifetime).ToUnixTimeSeconds();

    /// <summary>
    /// The link below <see cref="BaseUrl"/>: <paramref name="pathAndQuery"/> (relative, it may carry a query of its own)
    /// with exp and sig appended, the signature over <paramref name="parts"/> and the expiry.
    /// </summary>
    public Uri Link(string pathAndQuery, long expires, params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        if (!AreSeparate(parts))
        {
            throw new ArgumentException("A signed link's part may not contain '|'.", nameof(parts));
        }

        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return new Uri(BaseUrl, string.Create(CultureInfo.InvariantCulture, $"{pathAndQuery}{separator}exp={expires}&sig={Signature(_key, expires, parts)}"));
    }

    /// <summary>Whether <paramref name="exp"/> is a future expiry and <paramref name="sig"/> this app's signature of it with <paramref name="parts"/> (current or previous key).</summary>
    public bool IsValid(string? exp, string? sig, params string[] parts)
    {
        if (!long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || expires <= time.GetUtcNow().ToUnixTimeSeconds()
            || string.IsNullOrEmpty(sig)
            || !AreSeparate(parts))
        {
            return false;
        }

        var given = Encoding.ASCII.GetBytes(sig);
        return Matches(_key, expires, parts, given) || (_previousKey is not null && Matches(_previousKey, expires, parts, given));
    }

    private static bool AreSeparate(string[] parts) => parts.All(p => !p.Contains('|', StringComparison.Ordinal));

    private static bool Matches(byte[] key, long expires, string[] parts, byte[] given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Signature(key, expires, parts)), given);

    private static string Signature(byte[] key, long expires, string[] parts)
    {
        var message = Encoding.UTF8.GetBytes(string.Join('|', parts) + "|" + expires.ToString(CultureInfo.InvariantCulture));
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, message));
    }

    private static Uri WithTrailingSlash(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
