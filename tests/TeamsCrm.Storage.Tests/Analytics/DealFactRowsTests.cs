using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Storage.Analytics;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>
/// The sweeper replaying a crashed change's outbox entry after a newer change of the same deal wrote its fact rows: the
/// newer rows stay (<see cref="DealFactRows"/>), and the books and the published summary follow the CRM's deal.
/// </summary>
public sealed class DealFactRowsTests
{
    private const string Tenant = "tenant-fact-versions";

    private static readonly AnalyticsPeriod Period = AnalyticsPeriod.Quarter(2026, 4);

    [Fact]
    public async Task RepairAsync_OlderChangeReplayedAfterANewerOne_TheNewerRowStaysAndTheBooksEqualTheCalculator()
    {
        var (crm, megan, contoso) = await StartAsync();
        var deal = await CreateAsync(crm, megan, contoso.Id);

        // The stage change crashes before its index update (its outbox entry stays); the amount change after it completes.
        crm.Tick();
        crm.IndexWriter.Fail = true;
        var moved = (await crm.Deals.ChangeStageAsync(megan, contoso.Id, deal.Id, DealStage.Qualified, null)).Value!;
        crm.IndexWriter.Fail = false;
        crm.Tick();
        var newest = (await crm.Deals.UpdateAsync(megan, contoso.Id, deal.Id, new DealInput(moved.Title, 4200m, moved.Currency, null, moved.ExpectedCloseDate), null)).Value!;
        var replayed = await crm.Outbox.RepairAsync(TimeSpan.Zero);

        var fact = Assert.Single(await crm.Analytics.ReadDealFactsAsync(Tenant));
        Assert.Equal(1, replayed);
        Assert.Equal((DealStage.Qualified, 4200m), (fact.Stage, fact.Amount));
        Assert.Equal(newest.Amount, fact.Amount);
        // The replay still adds the stage row it carries: the deal did enter Qualified then.
        Assert.Equal([DealStage.New, DealStage.Qualified], fact.StageHistory.Select(s => s.Stage));
        await AssertBooksEqualTheCalculatorAsync(crm, fact);
    }

    [Fact]
    public async Task RepairAsync_CreationReplayedAfterTheDeletion_TheDealStaysDeleted()
    {
        var (crm, megan, contoso) = await StartAsync();
        crm.IndexWriter.Fail = true;
        var deal = await CreateAsync(crm, megan, contoso.Id);
        crm.IndexWriter.Fail = false;
        crm.Tick();
        await crm.Store.CommitAsync(Tenant, contoso.Id, new ChangeSet().Delete(deal));
        var replayed = await crm.Outbox.RepairAsync(TimeSpan.Zero);

        Assert.Equal(1, replayed);
        Assert.Empty(await crm.Analytics.ReadDealFactsAsync(Tenant));
        await AssertBooksEqualTheCalculatorAsync(crm, null);
    }

    private static async Task<(CrmTestStore Crm, Caller Megan, Account Contoso)> StartAsync()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        await new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time).RefreshAsync(Tenant);
        return (crm, megan, contoso);
    }

    private static async Task<Deal> CreateAsync(CrmTestStore crm, Caller megan, string accountId)
    {
        crm.Tick();
        var created = await crm.Deals.CreateAsync(megan, accountId, new DealInput("Sensor retrofit", 1200m, ExpectedCloseDate: new DateOnly(2026, 12, 20)));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value!;
    }

    /// <summary>The published summary (from the books, never the facts) equals the calculator over the stored facts, which hold just <paramref name="expected"/>.</summary>
    private static async Task AssertBooksEqualTheCalculatorAsync(CrmTestStore crm, DealFact? expected)
    {
        var facts = await crm.Analytics.ReadDealFactsAsync(Tenant);
        Assert.Equal(expected is null ? [] : [expected.Id], facts.Select(f => f.Id));
        await new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time).RefreshDueAsync();
        var summary = (await crm.Analytics.ReadSummaryAsync(Tenant))!;
        var today = AnalyticsPeriod.UtcDay(crm.Time.GetUtcNow());
        Assert.Equal(facts.Count, summary.Deals);
        Assert.Equal(PipelineCalculator.Figures(facts, AnalyticsScope.Tenant, Period, today).ToString(), summary.Figures(AnalyticsScope.Tenant, Period, today)!.ToString());
        Assert.Equal(0, await new PipelineBooks(crm.Tables).RebuildAsync(Tenant));
    }
}
