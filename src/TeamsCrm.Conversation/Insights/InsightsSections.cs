namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// The sections of the tab's insights page the cards' "Open insights" button opens (<see cref="IInsightsPageLinks"/>):
/// each is the id of an element on the page, so the link's #fragment scrolls to it.
/// </summary>
public static class InsightsSections
{
    public const string Pipeline = "pipeline";
    public const string Forecast = "forecast";
    public const string Calls = "calls";
    public const string Risk = "risk";

    public static IReadOnlyList<string> All { get; } = [Pipeline, Forecast, Calls, Risk];
}
