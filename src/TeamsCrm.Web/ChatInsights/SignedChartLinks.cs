using TeamsCrm.Conversation.Insights;
using TeamsCrm.Web.Hosting;
using TeamsCrm.Web.Signing;

namespace TeamsCrm.Web.ChatInsights;

/// <summary>
/// Signed, expiring links to an insights card's chart image: .../{tenant}/{user}/{kind}?d={figures}&amp;exp={unix
/// seconds}&amp;sig={the <see cref="LinkSigner"/> signature of "chart|tenant|user|kind|figures|exp"}, keyed with
/// App:PhotoLinkKey (the "chart" part keeps these signatures apart from the photo links'; App:PreviousPhotoLinkKey is
/// accepted as for photos). The link carries the figures of the card it was made for, so the image shows exactly what
/// that card showed its reader and fetching it reads nothing; changing any part of it (tenant, user, kind, a figure,
/// the expiry) breaks the signature. Valid until the start of the eighth UTC day after it was made (7 to 8 days), the
/// same all day.
/// </summary>
public sealed class SignedChartLinks(IOptions<AppOptions> options, TimeProvider time) : IInsightsChartLinks
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(8);

    private readonly LinkSigner _signer = new(options.Value, time);

    public Uri? ChartUrl(string tenantId, string userId, InsightsChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.IsEmpty || !ChartEndpointRouteBuilderExtensions.IsKind(chart.Kind))
        {
            return null;
        }

        var code = ChartCode.Encode(chart);
        var path = ChartEndpointRouteBuilderExtensions.Route.TrimStart('/')
            .Replace("{tenantId}", Uri.EscapeDataString(tenantId), StringComparison.Ordinal)
            .Replace("{userId}", Uri.EscapeDataString(userId), StringComparison.Ordinal)
            .Replace("{kind}", chart.Kind, StringComparison.Ordinal);
        return _signer.Link($"{path}?d={code}", _signer.ExpiryAfter(Lifetime), Parts(tenantId, userId, chart.Kind, code));
    }

    /// <summary>Whether exp and sig are this app's unexpired signature of these figures for tenant, user and kind.</summary>
    public bool IsValid(string tenantId, string userId, string kind, string? code, string? exp, string? sig) =>
        !string.IsNullOrEmpty(code) && _signer.IsValid(exp, sig, Parts(tenantId, userId, kind, code));

    private static string[] Parts(string tenantId, string userId, string kind, string code) =>
        ["chart", tenantId.ToUpperInvariant(), userId.ToUpperInvariant(), kind, code];
}
