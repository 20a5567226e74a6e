namespace TeamsCrm.Teams.Schema;

/// <summary>Content types Teams understands. Note: "card.adaptive", never the spec's "adaptive.card".</summary>
public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
}
