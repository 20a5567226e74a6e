using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Products;
using TeamsCrm.Storage.Tests.Faults;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>
/// The stage history written from the audit entries on Azurite, against a store from before the stage rows: two tenants'
/// deals moved through their stages by the use cases (so the projection wrote the rows to compare with), whose stage rows
/// are then removed and replaced by what the facts backfill (version 2) left: one row per deal, its current stage at its
/// creation.
/// </summary>
public sealed class StageHistoryBackfillTests
{
    private static readonly string[] Tenants = ["tenant-stages-a", "tenant-stages-b"];

    /// <summary>The test clock's quarter: every deal is created in it.</summary>
    private static readonly AnalyticsPeriod Period = AnalyticsPeriod.Quarter(2026, 4);

    [Fact]
    public async Task RunAsync_StoreFromBeforeTheStageRows_WritesTheProjectionsRowsOnceAndRecomputesEachSummary()
    {
        var (crm, projected) = await StageScenario.CreateAsync(Tenants);
        var backfill = new StageHistoryBackfill(crm.Tables, new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time));

        var first = await backfill.RunAsync();
        var second = await backfill.RunAsync();

        Assert.Equal(new StageHistoryBackfillResult(2, 10, projected.Count), first);
        Assert.Equal(new StageHistoryBackfillResult(0, 0, 0), second);
        Assert.Equal(projected, await StageScenario.StageRowsAsync(crm, Tenants));
        foreach (var tenant in Tenants)
        {
            var figures = await AssertSummaryEqualsTheFactsAsync(crm, tenant);
            Assert.Equal([5, 4, 3, 2], figures.Conversion.Select(s => s.Reached));
            Assert.Equal(1, figures.Conversion[^1].Advanced); // one deal won of the five
            Assert.Contains(figures.Velocity, v => v.Stage == DealStage.Proposal && v.Days.Count == 4 && v.Days.MeanDays >= 1);
        }
    }

    [Fact]
    public async Task RunAsync_CrashAfterEachWrite_TheRerunEndsWithTheSameRowsAndSummaries()
    {
        var (crm, projected) = await StageScenario.CreateAsync(Tenants);
        var crashes = 0;
        for (var writes = 0; ; writes++)
        {
            await StageScenario.BackToBeforeTheStageRowsAsync(crm, Tenants, projected);
            var crashing = new CrmTables(new CrashingFactsService(TestStorage.ConnectionString, writes), Options.Create(crm.Options));
            var crashingBackfill = new StageHistoryBackfill(crashing, new SummaryRefresher(crashing, new TableAnalyticsStore(crashing, new TableProductCatalogStore(crashing)), crm.Time)) { RowsPerTransaction = 3 };
            try
            {
                await crashingBackfill.RunAsync();
                break; // this many writes were enough: no crash left to try
            }
            catch (InvalidOperationException)
            {
                crashes++;
            }

            await new StageHistoryBackfill(crm.Tables, new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time)) { RowsPerTransaction = 3 }.RunAsync();

            Assert.Equal(projected, await StageScenario.StageRowsAsync(crm, Tenants));
            foreach (var tenant in Tenants)
            {
                await AssertSummaryEqualsTheFactsAsync(crm, tenant);
            }
        }

        Assert.True(crashes >= 12, $"Only {crashes} crash points: the run should write rows, checkpoints and summaries in many steps.");
    }

    private static async Task<PipelineFigures> AssertSummaryEqualsTheFactsAsync(CrmTestStore crm, string tenant)
    {
        var summary = await crm.Analytics.ReadSummaryAsync(tenant);
        Assert.NotNull(summary);
        var facts = await crm.Analytics.ReadDealFactsAsync(tenant);
        var today = AnalyticsPeriod.UtcDay(crm.Time.GetUtcNow());
        var figures = summary.Figures(AnalyticsScope.Tenant, Period, today)!;
        Assert.Equal(PipelineCalculator.Figures(facts, AnalyticsScope.Tenant, Period, today).ToString(), figures.ToString());
        return figures;
    }
}
