namespace TeamsCrm.Conversation.Insights;

/// <summary>The default of a host without a tab or chart images: cards then carry neither the image nor the button.</summary>
internal sealed class NoInsightsLinks : IInsightsChartLinks, IInsightsPageLinks
{
    public static readonly NoInsightsLinks Instance = new();

    public Uri? ChartUrl(string tenantId, string userId, InsightsChart chart) => null;

    public Uri? InsightsPage(string tenantId, string section) => null;
}
