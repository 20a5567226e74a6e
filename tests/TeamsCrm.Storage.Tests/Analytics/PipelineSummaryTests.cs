using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Keys;
using TeamsCrm.Storage.Products;
using TeamsCrm.Storage.Tests.Faults;

namespace TeamsCrm.Storage.Tests.Analytics;

public sealed class PipelineSummaryTests
{
    private const string Tenant = "tenant-summary";

    /// <summary>November 2026: the test clock's month, whole months as the summary answers for.</summary>
    private static readonly AnalyticsPeriod Period = AnalyticsPeriod.Quarter(2026, 4);

    [Fact]
    public async Task RefreshDueAsync_AfterCreatesStageChangesDeleteAndRedelivery_EqualsTheCalculator()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var lukas = CrmTestStore.Member(Tenant, "Lukas");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        var fabrikam = await crm.AccountAsync(lukas, "Fabrikam Inc");
        var won = await CreateAsync(crm, megan, contoso, new DealInput("Sensors", 1200m, ExpectedCloseDate: new DateOnly(2026, 12, 15)));
        var dollars = await CreateAsync(crm, megan, contoso, new DealInput("Gateways", 500m, "USD"));
        var lost = await CreateAsync(crm, lukas, fabrikam, new DealInput("Retrofit", 2000m));
        var open = await CreateAsync(crm, lukas, fabrikam, new DealInput("Pilot", 300m));
        var deleted = await CreateAsync(crm, lukas, fabrikam, new DealInput("Duplicate", 999m));

        won = await MoveAsync(crm, megan, won, DealStage.Qualified, DealStage.Proposal, DealStage.Won);
        var wonBefore = await MoveAsync(crm, megan, await CreateAsync(crm, megan, contoso, new DealInput("Spare", 50m)), DealStage.Qualified, DealStage.Proposal);
        var wonAfter = await MoveAsync(crm, megan, wonBefore, DealStage.Won);
        lost = await MoveAsync(crm, lukas, lost, DealStage.Lost);
        open = await MoveAsync(crm, lukas, open, DealStage.Qualified);
        await crm.Store.CommitAsync(Tenant, fabrikam.Id, new ChangeSet().Delete(deleted));
        // A redelivery: the last stage change's writes applied a second time, as the outbox's repair would.
        await crm.IndexWriter.ApplyAsync(FactProjection.For(crm.Tables, Tenant, new RecordChange(wonBefore, wonAfter)));
        // A crash before the fact rows were written: the sweeper's repair writes them.
        crm.IndexWriter.Fail = true;
        dollars = await MoveAsync(crm, megan, dollars, DealStage.Qualified);
        crm.IndexWriter.Fail = false;
        await crm.Outbox.RepairAsync(TimeSpan.Zero);

        var refresher = new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time);
        var refreshed = await refresher.RefreshDueAsync();
        var summary = (await crm.Analytics.ReadSummaryAsync(Tenant))!;
        var facts = await crm.Analytics.ReadDealFactsAsync(Tenant);
        var records = new[] { won, dollars, lost, open, wonAfter };
        var today = AnalyticsPeriod.UtcDay(crm.Time.GetUtcNow());

        Assert.Equal(1, refreshed);
        Assert.Equal(0, await refresher.RefreshDueAsync());
        Assert.Equal(records.Select(d => Bare(FactMapper.ToFact(d, []))).OrderBy(d => d.Id), facts.Select(Bare).OrderBy(d => d.Id));
        Assert.Equal([DealStage.New, DealStage.Qualified, DealStage.Proposal, DealStage.Won], facts.Single(f => f.Id == won.Id).StageHistory.Select(h => h.Stage));
        Assert.Equal([DealStage.New, DealStage.Qualified, DealStage.Proposal, DealStage.Won], facts.Single(f => f.Id == wonAfter.Id).StageHistory.Select(h => h.Stage));
        Assert.Equal([DealStage.New, DealStage.Qualified], facts.Single(f => f.Id == dollars.Id).StageHistory.Select(h => h.Stage));
        foreach (var scope in new[] { AnalyticsScope.Tenant, AnalyticsScope.Person(megan.UserId), AnalyticsScope.Team([lukas.UserId]) })
        {
            Assert.Equal(PipelineCalculator.Figures(facts, scope, Period, today).ToString(), summary.Figures(scope, Period, today)!.ToString());
        }

        var tenant = summary.Figures(AnalyticsScope.Tenant, Period, today)!;
        Assert.Equal(new WinRate(2, 1), tenant.WinRate);
        Assert.Equal(2, tenant.OpenByStage.Sum(s => s.Count));
        Assert.Equal(4, tenant.Conversion[0].Advanced);
    }

    [Fact]
    public async Task ReadSummaryAsync_Unchanged_TheKeptSummaryAndAfterAWriteTheNewOne()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        await CreateAsync(crm, megan, contoso, new DealInput("Sensors", 1200m));
        var refresher = new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time);
        await refresher.RefreshAsync(Tenant);

        var first = await crm.Analytics.ReadSummaryAsync(Tenant);
        var again = await crm.Analytics.ReadSummaryAsync(Tenant);
        await CreateAsync(crm, megan, contoso, new DealInput("Gateways", 500m));
        await refresher.RefreshAsync(Tenant);
        var after = await crm.Analytics.ReadSummaryAsync(Tenant);

        Assert.Same(first, again);
        Assert.Equal((1, 2), (first!.Deals, after!.Deals));
    }

    [Fact]
    public async Task ReadSummaryAsync_SummaryStoredInTheFirstShape_CountsAsNone()
    {
        var crm = await CrmTestStore.CreateAsync();
        var partition = StorageKeys.SummaryPartition(Tenant);
        await crm.Tables.Facts.UpsertEntityAsync(new TableEntity(partition, "part|0000") { ["Json"] = """{"ComputedAt":"2026-12-01T00:00:00+00:00","Deals":1,"Open":[],"Closed":[]}""" });
        await crm.Tables.Facts.UpsertEntityAsync(new TableEntity(partition, "header") { ["Parts"] = 1 });

        Assert.Null(await crm.Analytics.ReadSummaryAsync(Tenant));
    }

    [Fact]
    public async Task WriteSummaryAsync_OverASummaryOfShapeTwo_DeletesItsPartsWithOneReadOfTheHeader()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member("tenant-summary-source", "Megan");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        await CreateAsync(crm, megan, contoso, new DealInput("Sensors", 1200m));
        await new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time).RefreshAsync(megan.TenantId);
        var summary = (await crm.Analytics.ReadSummaryAsync(megan.TenantId))!;
        // Shape 2: parts "part|0000"… and a header naming their count, without a generation.
        var partition = StorageKeys.SummaryPartition(Tenant);
        foreach (var part in new[] { "part|0000", "part|0001" })
        {
            await crm.Tables.Facts.UpsertEntityAsync(new TableEntity(partition, part) { ["Json"] = "{}" });
        }

        await crm.Tables.Facts.UpsertEntityAsync(new TableEntity(partition, "header") { ["Parts"] = 2, ["Shape"] = 2 });
        var counting = new CountingFactsService(TestStorage.ConnectionString, "header");
        var tables = new CrmTables(counting, Options.Create(crm.Options));

        await new TableAnalyticsStore(tables, new TableProductCatalogStore(tables)).WriteSummaryAsync(Tenant, summary);

        Assert.Equal(1, counting.Reads(partition));
        Assert.Equal(0, await CrmTestStore.CountAsync(crm.Tables.Facts, StorageKeys.Filter(partition, "part|", StorageKeys.PrefixEnd("part|"))));
        Assert.Equal(1, (await crm.Analytics.ReadSummaryAsync(Tenant))!.Deals);
    }

    [Fact]
    public async Task RunAsync_RecordsFromBeforeTheFacts_WritesTheirRowsOnceAndMarksTheSummaryDue()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        var deal = await CreateAsync(crm, megan, contoso, new DealInput("Sensors", 1200m));
        await crm.Tables.Facts.DeleteEntityAsync(StorageKeys.FactsPartition(Tenant), FactProjection.DealRowKey(contoso.Id, deal.Id));
        var backfill = new FactBackfill(crm.Tables, crm.IndexWriter);

        var first = await backfill.RunAsync();
        var second = await backfill.RunAsync();
        var refreshed = await new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time).RefreshDueAsync();

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        Assert.Equal(deal.Id, Assert.Single(await crm.Analytics.ReadDealFactsAsync(Tenant)).Id);
        Assert.Equal(1, refreshed);
        Assert.Equal(1, (await crm.Analytics.ReadSummaryAsync(Tenant))!.Deals);
    }

    /// <summary>A fact without its lists (compared apart), so record equality compares the rest.</summary>
    private static DealFact Bare(DealFact fact) => fact with { Products = Array.Empty<ProductLine>(), StageHistory = Array.Empty<StageChange>() };

    private static async Task<Deal> CreateAsync(CrmTestStore crm, Caller caller, Account account, DealInput input)
    {
        crm.Tick();
        var created = await crm.Deals.CreateAsync(caller, account.Id, input);
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value;
    }

    private static async Task<Deal> MoveAsync(CrmTestStore crm, Caller caller, Deal deal, params DealStage[] stages)
    {
        foreach (var stage in stages)
        {
            crm.Tick();
            var moved = await crm.Deals.ChangeStageAsync(caller, deal.AccountId, deal.Id, stage, null);
            Assert.True(moved.IsSuccess, moved.Error?.Code);
            deal = moved.Value;
        }

        return deal;
    }
}
