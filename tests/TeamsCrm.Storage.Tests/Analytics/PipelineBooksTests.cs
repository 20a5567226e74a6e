using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Storage.Analytics;

namespace TeamsCrm.Storage.Tests.Analytics;

public sealed class PipelineBooksTests
{
    private const string Tenant = "tenant-books";

    /// <summary>The test clock's quarter, year and the next quarter (nothing in it), whole months as the summary answers for.</summary>
    private static readonly AnalyticsPeriod[] Periods =
        [AnalyticsPeriod.Quarter(2026, 4), new(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)), AnalyticsPeriod.Quarter(2027, 1)];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task RefreshDueAsync_AfterARandomWalkOfChangesRedeliveriesAndCrashes_EveryFigureEqualsTheCalculatorDayByDay(int seed)
    {
        var crm = await CrmTestStore.CreateAsync();
        var refresher = new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time);
        // The tenant's books are built while it has no deal: from here on only the per-change path fills them.
        await refresher.RefreshAsync(Tenant);
        var walk = new PipelineChangeWalk(crm, Tenant, seed);
        await walk.RunAsync(steps: 60);

        var refreshed = await refresher.RefreshDueAsync();
        var summary = (await crm.Analytics.ReadSummaryAsync(Tenant))!;
        var facts = await crm.Analytics.ReadDealFactsAsync(Tenant);
        var today = AnalyticsPeriod.UtcDay(crm.Time.GetUtcNow());

        Assert.Equal(1, refreshed);
        Assert.Equal(facts.Count, summary.Deals);
        Assert.True(walk.Steps.Keys.Count >= 8, string.Join(", ", walk.Steps));
        await walk.AssertFactsEqualTheCrmAsync();
        AssertEqualsCalculator(summary, facts, walk.People, today, days: 7);
        // The books mirror the facts exactly: a full rebuild finds nothing to change.
        Assert.Equal(0, await new PipelineBooks(crm.Tables).RebuildAsync(Tenant));

        // A few more changes the same day: the owners whose book did not change keep their slipped deals.
        await walk.RunAsync(steps: 4);
        await refresher.RefreshDueAsync();
        var next = (await crm.Analytics.ReadSummaryAsync(Tenant))!;
        AssertEqualsCalculator(next, await crm.Analytics.ReadDealFactsAsync(Tenant), walk.People, today, days: 7);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RefreshDueAsync_AfterAWalkWithOverlappingChangesOfOneDeal_TheFactsAreTheCrmsAndEveryFigureEqualsTheCalculator(int seed)
    {
        var crm = await CrmTestStore.CreateAsync();
        var refresher = new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time);
        await refresher.RefreshAsync(Tenant);
        var walk = new PipelineChangeWalk(crm, Tenant, seed, overlapping: true);
        await walk.RunAsync(steps: 40);

        await refresher.RefreshDueAsync();
        var summary = (await crm.Analytics.ReadSummaryAsync(Tenant))!;
        var facts = await crm.Analytics.ReadDealFactsAsync(Tenant);

        Assert.True(walk.Steps.GetValueOrDefault("overlap") >= 5, string.Join(", ", walk.Steps));
        await walk.AssertFactsEqualTheCrmAsync();
        Assert.Equal(facts.Count, summary.Deals);
        AssertEqualsCalculator(summary, facts, walk.People, AnalyticsPeriod.UtcDay(crm.Time.GetUtcNow()), days: 0);
        Assert.Equal(0, await new PipelineBooks(crm.Tables).RebuildAsync(Tenant));
    }

    [Fact]
    public async Task RefreshDueAsync_EachNewDay_RenewsTheSlippedDealsFromTheOwnersRanges()
    {
        var crm = await CrmTestStore.CreateAsync();
        var refresher = new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time);
        await refresher.RefreshAsync(Tenant);
        var walk = new PipelineChangeWalk(crm, Tenant, seed: 4);
        await walk.RunAsync(steps: 30);
        await refresher.RefreshDueAsync();
        var facts = await crm.Analytics.ReadDealFactsAsync(Tenant);

        for (var day = 1; day <= 9; day++)
        {
            crm.Time.Advance(TimeSpan.FromDays(1));
            var today = AnalyticsPeriod.UtcDay(crm.Time.GetUtcNow());
            var renewed = await refresher.RefreshDueAsync();
            var again = await refresher.RefreshDueAsync();
            var summary = (await crm.Analytics.ReadSummaryAsync(Tenant))!;

            Assert.Equal((1, 0), (renewed, again));
            Assert.Equal(today, summary.Slipped.Day);
            AssertEqualsCalculator(summary, facts, walk.People, today, days: 0);
        }
    }

    [Fact]
    public async Task RefreshAsync_BooksNotBuiltYet_BuildsThemFromTheFactsOnceThenFromTheBooks()
    {
        var crm = await CrmTestStore.CreateAsync();
        var walk = new PipelineChangeWalk(crm, Tenant, seed: 5);
        await walk.RunAsync(steps: 20);
        var books = new PipelineBooks(crm.Tables);
        // Books from before the incremental path (a new shape): the partition is empty.
        await foreach (var row in crm.Tables.Facts.QueryAsync<TableEntity>(Keys.StorageKeys.Filter(PipelineBooks.Partition(Tenant))))
        {
            await crm.Tables.Facts.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        var builtBefore = await books.IsBuiltAsync(Tenant);
        var summary = await new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time).RefreshAsync(Tenant);
        var facts = await crm.Analytics.ReadDealFactsAsync(Tenant);

        Assert.False(builtBefore);
        Assert.True(await books.IsBuiltAsync(Tenant));
        Assert.Equal(facts.Count, summary.Deals);
        AssertEqualsCalculator(summary, facts, walk.People, AnalyticsPeriod.UtcDay(crm.Time.GetUtcNow()), days: 0);
        Assert.Equal(0, await books.RebuildAsync(Tenant));
    }

    [Fact]
    public async Task ReadSummaryAsync_SlippedDeal_CarriesTheDealsTitle()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        var today = AnalyticsPeriod.UtcDay(crm.Time.GetUtcNow());
        var late = await crm.Deals.CreateAsync(megan, contoso.Id, new DealInput("Sensor retrofit", 1200m, ExpectedCloseDate: today.AddDays(-3)));
        var soon = await crm.Deals.CreateAsync(megan, contoso.Id, new DealInput("Gateway pilot", 800m, ExpectedCloseDate: today.AddDays(2)));
        await new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time).RefreshDueAsync();

        var summary = (await crm.Analytics.ReadSummaryAsync(Tenant))!;
        var now = summary.Figures(AnalyticsScope.Tenant, Periods[0], today)!.Slipped;
        var later = summary.Figures(AnalyticsScope.Tenant, Periods[0], today.AddDays(5))!.Slipped;

        Assert.True(late.IsSuccess && soon.IsSuccess);
        Assert.Equal(["Sensor retrofit"], now.Largest.Select(s => s.Title));
        Assert.Equal(["Sensor retrofit", "Gateway pilot"], later.Largest.Select(s => s.Title));
    }

    private static void AssertEqualsCalculator(PipelineSummary summary, IReadOnlyList<DealFact> facts, IReadOnlyList<Caller> people, DateOnly today, int days)
    {
        var scopes = new[] { AnalyticsScope.Tenant, AnalyticsScope.Team([people[0].UserId, people[2].UserId]) }
            .Concat(people.Select(p => AnalyticsScope.Person(p.UserId)));
        for (var day = today; day <= today.AddDays(days); day = day.AddDays(1))
        {
            foreach (var scope in scopes)
            {
                foreach (var period in Periods)
                {
                    Assert.Equal(PipelineCalculator.Figures(facts, scope, period, day).ToString(), summary.Figures(scope, period, day)!.ToString());
                }
            }
        }
    }
}
