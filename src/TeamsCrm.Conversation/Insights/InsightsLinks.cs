namespace TeamsCrm.Conversation.Insights;

/// <summary>An insights card's two links: its chart image and the tab's page; either may be null (the host serves none).</summary>
internal sealed record InsightsLinks(Uri? Chart, Uri? Page);
