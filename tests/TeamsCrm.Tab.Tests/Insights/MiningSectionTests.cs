using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Products;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.Tab.Insights;

namespace TeamsCrm.Tab.Tests.Insights;

/// <summary>
/// The insights page's "Products and segments" section on the real mining use case and Azurite: ten manufacturers
/// and two retailers, all eleven but one retailer with a Sensor Pro deal, so Manufacturing shows 10 of 10 against a
/// base of 11 of 12 (all twelve are prospects: 11 of 12) and Retail (2 accounts) is too few; the table view, the kind switch, German, a guest and an empty tenant.
/// </summary>
public sealed class MiningSectionTests : WorkspaceTestContext
{
    [Fact]
    public async Task Render_MemberWithProductInterest_DrawsIntervalsAgainstTheBaseRateAndTooFew()
    {
        await StartAsync(WorkspaceWorld.Megan);
        await SeedAsync();

        var section = RenderLoaded(WorkspaceWorld.Megan);

        Assert.Equal("Sensor Pro", section.Find("#insights-mining-product option").TextContent);
        Assert.Equal("Who looks at Sensor Pro", section.Find(".crm-mining__title").TextContent);
        var manufacturing = section.Find("g.crm-mining__row[data-segment=Manufacturing]");
        Assert.Equal("100", manufacturing.QuerySelector("circle.crm-mining__rate")!.GetAttribute("data-rate"));
        Assert.Equal("91.7", section.Find("line.crm-mining__base").GetAttribute("data-base"));
        Assert.Equal("too few (2)", section.Find("g.crm-mining__row[data-segment=Retail] .crm-mining__too-few").TextContent);
        var alt = section.Find("svg.crm-mining__svg").GetAttribute("aria-label")!;
        Assert.StartsWith("Who looks at Sensor Pro, base 92%; Industry Manufacturing: 10 of 10 accounts, 100% (95 % interval 72%–100%), base 92%, lift 1.1", alt, StringComparison.Ordinal);
        Assert.Contains("Industry Retail: 1 of 2 accounts, too few (2)", alt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toggle_Table_ShowsTheSameRowsAsATable()
    {
        await StartAsync(WorkspaceWorld.Megan);
        await SeedAsync();
        var section = RenderLoaded(WorkspaceWorld.Megan);

        section.Find("#insights-mining-toggle").Click();

        var rows = section.FindAll(".crm-mining__table tbody tr");
        Assert.Equal(["Industry Manufacturing", "RFM segment prospect (no purchase yet)", "Industry Retail"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal(("1 of 2 accounts", "too few (2)", "–"), (rows[2].QuerySelectorAll("td")[0].TextContent, rows[2].QuerySelectorAll("td")[1].TextContent, rows[2].QuerySelectorAll("td")[2].TextContent));
        Assert.Equal("1.1", rows[0].QuerySelectorAll("td")[2].TextContent);
        Assert.Empty(section.FindAll("svg"));
    }

    [Fact]
    public async Task ChangeKind_ConversionWithoutClosedDeals_SaysNoSegmentHasData()
    {
        await StartAsync(WorkspaceWorld.Megan);
        await SeedAsync();
        var section = RenderLoaded(WorkspaceWorld.Megan);

        section.Find("#insights-mining-kind").Change("Conversion");

        Assert.Equal("Who wins with Sensor Pro", section.Find(".crm-mining__title").TextContent);
        Assert.Equal("No segment has data for this product yet.", section.Find(".crm-mining__empty").TextContent);
    }

    [Fact]
    public async Task Render_German_WordsAndNumbersInGerman()
    {
        await StartAsync(WorkspaceWorld.Megan, "de-DE");
        await SeedAsync();

        var section = RenderLoaded(WorkspaceWorld.Megan);

        Assert.Equal("Produkte und Segmente", section.Find("h2").TextContent);
        Assert.Equal("zu wenige (2)", section.Find("g.crm-mining__row[data-segment=Retail] .crm-mining__too-few").TextContent);
        Assert.Contains("Branche Manufacturing: 10 von 10 Kunden", section.Find("svg.crm-mining__svg").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Guest_ShowsNoFigure()
    {
        await StartAsync(WorkspaceWorld.Pat);
        await SeedAsync();

        var section = Render<MiningSection>(p => p.Add(s => s.Caller, WorkspaceWorld.Pat));

        section.WaitForAssertion(() => Assert.Equal("unavailable", section.Find("#insights-mining").GetAttribute("data-state")));
        Assert.DoesNotContain("Sensor Pro", section.Markup, StringComparison.Ordinal);
        Assert.Empty(section.FindAll("svg, table"));
    }

    [Fact]
    public async Task Render_TenantWithoutProductInterest_SaysSo()
    {
        await StartAsync(WorkspaceWorld.Lukas);

        var section = Render<MiningSection>(p => p.Add(s => s.Caller, WorkspaceWorld.Lukas));

        section.WaitForAssertion(() => Assert.Equal("none", section.Find("#insights-mining").GetAttribute("data-state")));
        Assert.StartsWith("No one has looked at a product yet", section.Find("#insights-mining-none").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<MiningSection> RenderLoaded(Caller caller)
    {
        var section = Render<MiningSection>(p => p.Add(s => s.Caller, caller));
        section.WaitForAssertion(() => Assert.Equal("loaded", section.Find("#insights-mining").GetAttribute("data-state")));
        return section;
    }

    /// <summary>Sensor Pro in the catalog; ten Manufacturing accounts and one Retail account with an open Sensor Pro deal, one Retail account without.</summary>
    private async Task SeedAsync()
    {
        var megan = WorkspaceWorld.Megan;
        var sensor = Ok(await World.Get<ProductCatalogService>().CreateAsync(megan, new ProductInput("Sensor Pro", "Sensors", 1200m)));
        var accounts = World.Get<AccountService>();
        var deals = World.Get<DealService>();
        for (var i = 0; i < 12; i++)
        {
            World.Tick();
            var account = Ok(await accounts.CreateAsync(megan, new AccountInput($"Mining {i}", Industry: i < 10 ? "Manufacturing" : "Retail"), allowSimilarName: true));
            if (i < 11)
            {
                Ok(await deals.CreateAsync(megan, account.Id, new DealInput("Sensors", 2400m, LineItems: [new DealLineItem(sensor.Id, 2m, 1200m)])));
            }
        }
    }
}
