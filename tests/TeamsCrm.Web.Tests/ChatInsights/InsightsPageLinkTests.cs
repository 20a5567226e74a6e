using TeamsCrm.Web.ChatInsights;
using TeamsCrm.Web.Hosting;

namespace TeamsCrm.Web.Tests.ChatInsights;

/// <summary>The insights cards' button: a Teams deep link to the personal tab's insights page, only with a Teams app id.</summary>
public sealed class InsightsPageLinkTests
{
    [Fact]
    public void InsightsPage_WithTeamsAppId_DeepLinkToThePersonalTabWithTheSection()
    {
        var links = new TeamsInsightsPageLinks(Options.Create(new AppOptions { TeamsAppId = "app-id", PublicBaseUrl = new Uri("https://crm.example/") }));

        var link = links.InsightsPage(DemoTenant.TenantId, "calls")!;

        Assert.Equal(
            "https://teams.microsoft.com/l/entity/app-id/my-crm?webUrl=https%3A%2F%2Fcrm.example%2Ftab%2Finsights%23calls&context=%7B%22subEntityId%22%3A%22insights%3Acalls%22%7D",
            link.AbsoluteUri);
    }

    [Fact]
    public void InsightsPage_WithoutTeamsAppId_NoLink()
    {
        var links = new TeamsInsightsPageLinks(Options.Create(new AppOptions { PublicBaseUrl = new Uri("https://crm.example/") }));

        Assert.Null(links.InsightsPage(DemoTenant.TenantId, "pipeline"));
    }
}
