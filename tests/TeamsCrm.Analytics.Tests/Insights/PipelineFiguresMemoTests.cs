using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Tests.Pipeline;

namespace TeamsCrm.Analytics.Tests.Insights;

public sealed class PipelineFiguresMemoTests
{
    private const string Tenant = "tenant-memo";
    private static readonly DateOnly Today = AnalyticsPeriod.UtcDay(PipelineFixture.AsOf);

    private static PipelineSummary Summary(IReadOnlyCollection<DealFact>? deals = null) => PipelineSummary.From(deals ?? PipelineFixture.Deals, PipelineFixture.AsOf);

    [Fact]
    public void Figures_SameSummaryAskedAgain_KeptFiguresEqualToTheSummarys()
    {
        var memo = new PipelineFiguresMemo();
        var summary = Summary();

        var first = memo.Figures(Tenant, summary, AnalyticsScope.Tenant, PipelineFixture.Q2, Today);
        var second = memo.Figures(Tenant, summary, AnalyticsScope.Tenant, PipelineFixture.Q2, Today);

        Assert.Same(first, second);
        Assert.Equal(summary.Figures(AnalyticsScope.Tenant, PipelineFixture.Q2, Today)!.ToString(), first!.ToString());
        Assert.Equal(1, memo.Count);
    }

    [Fact]
    public void Figures_NewSummaryVersion_ComputedFromTheNewOne()
    {
        var memo = new PipelineFiguresMemo();
        var before = memo.Figures(Tenant, Summary(), AnalyticsScope.Tenant, PipelineFixture.Q2, Today)!;
        var added = Fixture.Deal("d7", "A", DealStage.Proposal, 800m, expected: "2026-06-30", history: ["New@2026-06-01", "Proposal@2026-06-10"]);

        var after = memo.Figures(Tenant, Summary([.. PipelineFixture.Deals, added]), AnalyticsScope.Tenant, PipelineFixture.Q2, Today)!;

        Assert.Equal(before.OpenByStage.Sum(s => s.Count) + 1, after.OpenByStage.Sum(s => s.Count));
        Assert.Equal(800m, after.OpenByStage.Single(s => s.Key == "Proposal").Amount["EUR"]);
    }

    [Fact]
    public void Figures_TeamInAnotherOrder_OneQuestion()
    {
        var memo = new PipelineFiguresMemo();
        var summary = Summary();

        var ab = memo.Figures(Tenant, summary, AnalyticsScope.Team(["A", "B"]), PipelineFixture.Q2, Today);
        var ba = memo.Figures(Tenant, summary, AnalyticsScope.Team(["B", "A"]), PipelineFixture.Q2, Today);
        var a = memo.Figures(Tenant, summary, AnalyticsScope.Person("A"), PipelineFixture.Q2, Today);

        Assert.Same(ab, ba);
        Assert.NotSame(ab, a);
        Assert.Equal(summary.Figures(AnalyticsScope.Person("A"), PipelineFixture.Q2, Today)!.ToString(), a!.ToString());
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public void Figures_NextDay_SlippedDealsAsOfThatDay()
    {
        var memo = new PipelineFiguresMemo();
        var deals = new[] { Fixture.Deal("soon", "A", DealStage.New, 100m, expected: "2026-06-16", history: ["New@2026-06-01"]) };
        var summary = Summary(deals);

        var today = memo.Figures(Tenant, summary, AnalyticsScope.Tenant, PipelineFixture.Q2, Today)!;
        var tomorrow = memo.Figures(Tenant, summary, AnalyticsScope.Tenant, PipelineFixture.Q2, Today.AddDays(2))!;

        Assert.Equal(0, today.Slipped.Count);
        Assert.Equal(1, tomorrow.Slipped.Count);
    }

    [Fact]
    public void Figures_AnotherTenantWithItsOwnSummary_ItsOwnFigures()
    {
        var memo = new PipelineFiguresMemo();
        memo.Figures(Tenant, Summary(), AnalyticsScope.Tenant, PipelineFixture.Q2, Today);

        var other = memo.Figures("tenant-other", Summary([]), AnalyticsScope.Tenant, PipelineFixture.Q2, Today)!;

        Assert.Equal(0, other.OpenByStage.Sum(s => s.Count));
    }

    [Fact]
    public void Figures_DayOutsideTheSnapshotsWindow_NullAndNothingKept()
    {
        var memo = new PipelineFiguresMemo();

        Assert.Null(memo.Figures(Tenant, Summary(), AnalyticsScope.Tenant, PipelineFixture.Q2, Today.AddDays(8)));
        Assert.Equal(0, memo.Count);
    }

    [Fact]
    public void Figures_MoreQuestionsThanCapacity_NeverKeepsMoreThanCapacity()
    {
        var memo = new PipelineFiguresMemo();
        var summary = Summary();

        foreach (var owner in Enumerable.Range(0, PipelineFiguresMemo.Capacity + 10))
        {
            memo.Figures(Tenant, summary, AnalyticsScope.Person($"owner-{owner}"), PipelineFixture.Q2, Today);
            Assert.InRange(memo.Count, 1, PipelineFiguresMemo.Capacity);
        }
    }
}
