namespace TeamsCrm.Conversation.Insights;

/// <summary>The link that opens the tab's insights page at a section (<see cref="InsightsSections"/>); null when the host has no tab.</summary>
public interface IInsightsPageLinks
{
    Uri? InsightsPage(string tenantId, string section);
}
