using System.Globalization;
using Bunit;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Products;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Web.Tab.Insights;
using Xunit.Abstractions;

namespace TeamsCrm.Web.Tests.DemoData;

public sealed class DemoHistoryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SeedAsync_Development_CatalogAndAYearOfClosedDealsWithProductsOnce()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var services = factory.Services;
        var seeder = services.GetRequiredService<DemoHistorySeeder>();
        var time = services.GetRequiredService<TimeProvider>();

        var started = time.GetTimestamp();
        var seeded = await seeder.SeedAsync();
        output.WriteLine($"Demo history: {seeded} deals in {time.GetElapsedTime(started).TotalMilliseconds:F0} ms (0 when the start-up seeding got there first).");
        await WaitForCatalogAsync(services);
        var again = await seeder.SeedAsync();
        var catalog = (await services.GetRequiredService<ProductCatalogService>().ListAsync(DemoTenant.Megan)).Value!;
        var contoso = (await services.GetRequiredService<IAccountStore>().LoadAsync(
            DemoTenant.TenantId, DemoAccountIds.For(DemoTenant.TenantId, 0, DemoCatalog.Companies[0].Name), new PartitionSlice(0, 100, false)))!;
        var history = contoso.Deals.Where(d => d.Source == "Demo history").ToList();
        var audit = await services.GetRequiredService<IAccountStore>().QueryRecordsAsync<AuditEntry>(DemoTenant.TenantId, contoso.Account.Id).ToListAsync();

        Assert.Equal(0, again);
        Assert.Equal(8, catalog.Count);
        Assert.NotEmpty(history);
        Assert.All(history, d => Assert.True(!d.IsOpen && d.ClosedAt is not null && d.LineItems.Count > 0));
        Assert.All(history.SelectMany(d => d.LineItems), l => Assert.Contains(catalog, p => p.Id == l.ProductId));
        Assert.Contains(contoso.RecentInteractions, i => i.ProductIds.Count > 0);
        Assert.All(history, d => Assert.Contains(audit, e => e.RecordId == d.Id && e.Action == "Created" && e.At == d.CreatedAt));
        Assert.All(history, d => Assert.Contains(audit, e => e.RecordId == d.Id && e.Action == "StageChanged" && e.At == d.ClosedAt));
    }

    /// <summary>
    /// The demo year's deals go through their stages with dates, so the insights the tab shows (the same service, tenant
    /// scope, the last 12 months) have days in every open stage and a rate for every conversion step, and the tab's flow
    /// section draws them. Relative to today like the history itself: the figures exist on any day.
    /// </summary>
    [Fact]
    public async Task GetPipelineAsync_DemoTenantWithItsHistory_DaysInEachStageAndConversionAndTheFlowSectionDrawsThem()
    {
        // Without the start-up seeding, so the time printed is one seeder's (as at a Development start), not two racing.
        await using var factory = new CrmWebFactory(services: s => s.Remove(s.Single(d => d.ImplementationType == typeof(DemoHistoryStartup))));
        using var client = factory.CreateClient();
        var services = factory.Services;
        var time = services.GetRequiredService<TimeProvider>();
        var started = time.GetTimestamp();
        var seeded = await services.GetRequiredService<DemoHistorySeeder>().SeedAsync();
        output.WriteLine($"Demo history with stage paths, one seeder: {seeded} deals in {time.GetElapsedTime(started).TotalMilliseconds:F0} ms.");
        await services.GetRequiredService<SummaryRefresher>().RefreshAsync(DemoTenant.TenantId); // not the next round's: now
        var period = InsightsPeriods.For(InsightsPeriodChoice.Last12Months, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

        var answer = await services.GetRequiredService<InsightsService>().GetPipelineAsync(DemoTenant.Megan, new InsightsQuery(period, InsightsScope.Tenant, []));

        var figures = answer.Value!.Figures;
        foreach (var stay in figures.Velocity)
        {
            output.WriteLine($"{stay.Stage}: {stay.Days.Count} stays, mean {stay.Days.MeanDays:F1} days");
        }

        Assert.Equal([DealStage.New, DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation], figures.Velocity.Select(v => v.Stage));
        Assert.All(figures.Velocity, v => Assert.True(v.Days.Count > 10 && v.Days.MeanDays > 1, $"{v.Stage}: {v.Days.Count} stays of {v.Days.MeanDays} days."));
        Assert.True(figures.Conversion[0].Reached > 100, $"{figures.Conversion[0].Reached} deals in the cohort.");
        Assert.All(figures.Conversion, step => Assert.True(step.Rate is > 0 and < 1, $"{step.From} → {step.To}: {step.Rate}"));
        using var tab = new BunitContext();
        tab.Services.AddLocalization();
        var flow = tab.Render<FlowSection>(p => p.Add(c => c.Figures, figures));
        Assert.Equal(4, flow.FindAll("#insights-conversion-steps li").Count);
        Assert.Equal(5, flow.FindAll("#insights-conversion rect.crm-chart__bar").Count);
        var days = flow.FindAll("#insights-velocity rect.crm-chart__bar").Select(bar => decimal.Parse(bar.GetAttribute("data-value")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, days.Count);
        Assert.All(days, d => Assert.True(d > 1));
    }

    private static async Task WaitForCatalogAsync(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<TeamsCrm.Core.Persistence.IProductCatalogStore>();
        for (var attempt = 0; attempt < 200 && (await catalog.ListAsync(DemoTenant.TenantId)).Count < 8; attempt++)
        {
            await Task.Delay(50);
        }
    }
}
