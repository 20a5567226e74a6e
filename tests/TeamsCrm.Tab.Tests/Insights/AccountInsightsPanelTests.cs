using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Insights;

/// <summary>The account workspace's insights panel: a member's customer figures and deal scores; a guest gets none of it, not even hidden.</summary>
public sealed class AccountInsightsPanelTests : WorkspaceTestContext
{
    [Fact]
    public async Task Render_Member_ShowsSegmentTouchChannelsAndScoredOpenDeals()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        page.WaitForAssertion(() => Assert.Equal("loaded", page.Find("#account-insights").GetAttribute("data-state")));
        Assert.Equal("RFM segment: prospect (no purchase yet) (recency 0, frequency 0, monetary 0 of 5)", page.Find("#account-segment").TextContent);
        Assert.Equal("false", page.Find("#account-cooling").GetAttribute("data-cold"));
        Assert.Contains("Emma Hughes", page.Find($"#account-channels li[data-contact-id='{seeded.ContactId}']").TextContent, StringComparison.Ordinal);
        var score = page.Find($"#account-scores li[data-deal-id='{seeded.OpenDealId}']");
        Assert.InRange(int.Parse(score.GetAttribute("data-score")!, System.Globalization.CultureInfo.InvariantCulture), 1, 99);
        Assert.Contains("Contoso Renewal:", score.TextContent, StringComparison.Ordinal);
        Assert.Contains("rule-based", score.TextContent, StringComparison.Ordinal);
        Assert.Equal("No data for this period.", page.Find("#account-revenue .crm-chart__empty").TextContent); // nothing won yet
    }

    [Fact]
    public async Task Render_MemberInGerman_PanelInGerman()
    {
        await StartAsync(WorkspaceWorld.Megan, "de-DE");
        var seeded = await SeededAccount.CreateAsync(World);

        var page = RenderWorkspace(seeded.AccountId);

        page.WaitForAssertion(() => Assert.Equal("loaded", page.Find("#account-insights").GetAttribute("data-state")));
        Assert.Equal("Auswertungen", page.Find("#account-insights-heading").TextContent);
        Assert.StartsWith("RFM-Segment: Interessent", page.Find("#account-segment").TextContent, StringComparison.Ordinal);
        Assert.Contains("Gewinnchance", page.Find("#account-scores").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Guest_NoInsightsPanelAndNoneOfItsFigures()
    {
        var (_, page) = await OpenSeededAsync(WorkspaceWorld.Pat);

        Assert.Empty(page.FindAll("#account-insights, #account-scores, #account-segment, .crm-chart"));
        foreach (var secret in new[] { "chance to win", "RFM", "best channel", "Lifetime value", "rule-based" })
        {
            Assert.DoesNotContain(secret, page.Markup, StringComparison.Ordinal);
        }
    }
}
