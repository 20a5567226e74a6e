using TeamsCrm.Conversation.Insights;

namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>
/// The host's insights links as the turns see them (the Web host signs real ones, tested in Web.Tests): a chart link that
/// names tenant, user, kind and the bars, and a page link per section. Records every chart it was asked for.
/// </summary>
internal sealed class TestInsightsLinks : IInsightsChartLinks, IInsightsPageLinks
{
    public System.Collections.Concurrent.ConcurrentQueue<(string TenantId, string UserId, InsightsChart Chart)> Charts { get; } = new();

    public Uri? ChartUrl(string tenantId, string userId, InsightsChart chart)
    {
        Charts.Enqueue((tenantId, userId, chart));
        var bars = string.Join("_", chart.Rows.Select(row => string.Join("~", row.Select(b => $"{b.Solid}-{b.Light}"))));
        return new Uri($"https://crm.example/api/chat-insights/{tenantId}/{userId}/{chart.Kind}?d={bars}");
    }

    public Uri? InsightsPage(string tenantId, string section) => new($"https://teams.example/l/entity/app/my-crm?section={section}");
}
