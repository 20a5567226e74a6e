using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Web.Hosting;
using TeamsCrm.Web.Signing;

namespace TeamsCrm.Web.People;

/// <summary>
/// Signed, expiring links to the photo endpoint: .../photo?exp={unix seconds}&amp;sig={the <see cref="LinkSigner"/>
/// signature of "tenant|user|exp"}, keyed with App:PhotoLinkKey (links signed with App:PreviousPhotoLinkKey, the key it
/// replaced, stay valid until they expire). The expiry is the start of the next-but-one UTC day, so a link is valid 24
/// to 48 hours and stays the same all day (clients and proxies cache it). Without a valid signature the endpoint
/// answers 404: nobody fetches an employee's photo by guessing ids.
/// </summary>
public sealed class SignedPhotoLinks(IOptions<AppOptions> options, TimeProvider time) : IPersonPhotoLinks
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    private readonly LinkSigner _signer = new(options.Value, time);

    public Uri PhotoUrl(string tenantId, string userId)
    {
        var path = PhotoEndpointRouteBuilderExtensions.Route.TrimStart('/')
            .Replace("{tenantId}", Uri.EscapeDataString(tenantId), StringComparison.Ordinal)
            .Replace("{userId}", Uri.EscapeDataString(userId), StringComparison.Ordinal);
        return _signer.Link(path, _signer.ExpiryAfter(Lifetime), Parts(tenantId, userId));
    }

    Uri? IPersonPhotoLinks.PhotoUrl(string tenantId, string userId) => PhotoUrl(tenantId, userId);

    /// <summary>Whether exp and sig are this app's unexpired signature for the photo of tenant and user.</summary>
    public bool IsValid(string tenantId, string userId, string? exp, string? sig) => _signer.IsValid(exp, sig, Parts(tenantId, userId));

    private static string[] Parts(string tenantId, string userId) => [tenantId.ToUpperInvariant(), userId.ToUpperInvariant()];
}
