namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// Where a card's chart image is fetched from: a link the host signs for one tenant and user that expires (Teams fetches card
/// images without the user's session). Null when the host serves no chart images; the card then has none.
/// </summary>
public interface IInsightsChartLinks
{
    Uri? ChartUrl(string tenantId, string userId, InsightsChart chart);
}
