using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Deals;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.Tab.Insights;

namespace TeamsCrm.Tab.Tests.Insights;

/// <summary>
/// The personal tab's insights page on the real insights use case and Azurite: a member's figures, an empty tenant's
/// "no data" sections, a guest's "nothing shared" without a tenant figure in the markup, and both languages.
/// </summary>
public sealed class InsightsPageTests : WorkspaceTestContext
{
    [Fact]
    public async Task Render_MemberWithDeals_DrawsTheOpenPipelineByStage()
    {
        await StartAsync(WorkspaceWorld.Megan);
        await SeededAccount.CreateAsync(World);

        var page = RenderLoaded();

        var qualified = page.Find("#insights-open-by-stage rect.crm-chart__bar[data-label=Qualified]");
        Assert.Equal("120000", qualified.GetAttribute("data-value"));
        Assert.True(double.Parse(qualified.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Qualified 120,000 EUR", page.Find("#insights-open-by-stage svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("0 won of 1 closed", page.Find("#insights-win-rate").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Figures as of 11/2/2026", page.Find("#insights-as-of").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MemberOfAnEmptyTenant_EverySectionSaysNoData()
    {
        await StartAsync(WorkspaceWorld.Lukas);

        var page = RenderLoaded();

        Assert.Equal("No data for this period.", page.Find("#insights-open-by-stage .crm-chart__empty").TextContent);
        Assert.Empty(page.FindAll("svg"));
        Assert.Equal("No deal closed in this period.", page.Find("#insights-win-rate").TextContent.Trim());
    }

    [Fact]
    public async Task Render_GuestWithoutOwnSharedDeals_SaysNothingSharedAndShowsNoTenantFigure()
    {
        await StartAsync(WorkspaceWorld.Pat);
        await SeededAccount.CreateAsync(World);

        var page = Render<InsightsPage>();
        page.WaitForAssertion(() => Assert.Equal("NothingShared", page.Find("#insights").GetAttribute("data-state")));

        Assert.Contains("none of the deals shared with your organisation is yours", page.Find("#insights-nothing-shared").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#insights-scope, svg, .crm-chart"));
        foreach (var secret in new[] { "120,000", "120000", "Megan Bowen", "Qualified" })
        {
            Assert.DoesNotContain(secret, page.Markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Render_German_HeadingsChartsAndNumbersInGerman()
    {
        await StartAsync(WorkspaceWorld.Megan, "de-DE");
        await SeededAccount.CreateAsync(World);

        var page = RenderLoaded();

        Assert.Equal("Pipeline und Auswertungen", page.Find("h1").TextContent);
        Assert.Contains("Qualifiziert 120.000 EUR", page.Find("#insights-open-by-stage svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("Tabelle", page.Find("#insights-open-by-stage-toggle").TextContent.Trim());
    }

    [Fact]
    public async Task ChangeScope_Everyone_ShowsEveryOwner()
    {
        await StartAsync(WorkspaceWorld.Lukas);
        await SeededAccount.CreateAsync(World);
        var page = RenderLoaded();
        Assert.Empty(page.FindAll("#insights-open-by-stage svg")); // Lukas owns nothing

        page.Find("#insights-scope").Change("Tenant");

        page.WaitForAssertion(() => Assert.Equal(
            "120000", page.Find("#insights-open-by-owner rect.crm-chart__bar[data-label='Megan Bowen']").GetAttribute("data-value")));
    }

    [Fact]
    public async Task ChangeScope_TeamWithAPickedColleague_AddsUpTheTeamsOwners()
    {
        await StartAsync(WorkspaceWorld.Lukas);
        await SeededAccount.CreateAsync(World);
        var page = RenderLoaded();

        page.Find("#insights-scope").Change("Team");
        page.WaitForAssertion(() => Assert.Equal(["Lukas Schneider"], page.FindAll("#insights-team li.crm-insights-team__member").Select(m => m.TextContent.Trim())));
        Assert.Empty(page.FindAll("#insights-open-by-stage svg"));
        await page.Find("#insights-team-add-search").InputAsync("Meg");
        await page.Find("#insights-team-add-results .crm-person-option").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal(
            "120000", page.Find("#insights-open-by-stage rect.crm-chart__bar[data-label=Qualified]").GetAttribute("data-value")));
        Assert.Equal(2, page.FindAll("#insights-team li.crm-insights-team__member").Count);
        Assert.Single(page.FindAll("#insights-team .crm-insights-team__remove")); // the viewer stays in their team
    }

    [Fact]
    public async Task Render_MemberWithAnOpenDeal_CallTodayNamesTheContactAndChannel()
    {
        await StartAsync(WorkspaceWorld.Megan);
        var seeded = await SeededAccount.CreateAsync(World);

        var page = RenderLoaded();

        page.WaitForAssertion(() => Assert.Single(page.FindAll($"#insights-calls li.crm-insights-call[data-deal-id='{seeded.OpenDealId}']")));
        var call = page.Find($"li.crm-insights-call[data-deal-id='{seeded.OpenDealId}']");
        Assert.Contains("Emma Hughes at Contoso Ltd about Contoso Renewal", call.TextContent, StringComparison.Ordinal);
        Assert.Contains("best channel: not enough history yet", call.TextContent, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal("No customer is at risk.", page.Find("#insights-at-risk-none").TextContent));
        Assert.StartsWith("Figures as of 11/2/2026", page.Find("#insights-calls-as-of").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Figures as of 11/2/2026", page.Find("#insights-at-risk-as-of").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_AccountNameLikeMarkup_TheCallEntryShowsItAsTyped()
    {
        await StartAsync(WorkspaceWorld.Megan);
        const string Typed = "Contoso <b>&amp;</b> \"Ltd\"";
        var seeded = await SeededAccount.CreateAsync(World, Typed);

        var page = RenderLoaded();

        page.WaitForAssertion(() => Assert.Single(page.FindAll($"#insights-calls li.crm-insights-call[data-deal-id='{seeded.OpenDealId}']")));
        var call = page.Find($"li.crm-insights-call[data-deal-id='{seeded.OpenDealId}']");
        Assert.Contains($"Emma Hughes at {Typed} about Contoso Renewal", call.TextContent, StringComparison.Ordinal);
        Assert.Empty(call.QuerySelectorAll("b"));
        Assert.Equal($"/tab/accounts/{Uri.EscapeDataString(seeded.AccountId)}#deal-{seeded.OpenDealId}", call.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Render_MemberWithALateDeal_SlippedSectionNamesTheDealAndItsAccount()
    {
        await StartAsync(WorkspaceWorld.Megan);
        var seeded = await SeededAccount.CreateAsync(World);
        var today = DateOnly.FromDateTime(World.Time.GetUtcNow().UtcDateTime);
        var late = WorkspaceWorld.Ok(await World.Get<DealService>().CreateAsync(
            WorkspaceWorld.Megan, seeded.AccountId, new DealInput("Sensor retrofit", 8_000m, "EUR", ExpectedCloseDate: today.AddDays(-3))));

        var page = RenderLoaded();

        var slipped = page.Find($"#insights-slipped li.crm-insights-slipped[data-deal-id='{late.Id}']");
        Assert.StartsWith("Sensor retrofit (Contoso Ltd): 8,000 EUR", slipped.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Guest_HasNoCustomerSections()
    {
        await StartAsync(WorkspaceWorld.Pat);
        await SeededAccount.CreateAsync(World);

        var page = Render<InsightsPage>();
        page.WaitForAssertion(() => Assert.Equal("NothingShared", page.Find("#insights").GetAttribute("data-state")));

        Assert.Empty(page.FindAll("#insights-calls-heading, #insights-at-risk-heading"));
        Assert.DoesNotContain("Emma Hughes", page.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<InsightsPage> RenderLoaded()
    {
        var page = Render<InsightsPage>();
        page.WaitForAssertion(() => Assert.Equal("Loaded", page.Find("#insights").GetAttribute("data-state")));
        return page;
    }
}
