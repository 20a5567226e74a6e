using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Tests.Pipeline;

public sealed class PipelineAggregateTests
{
    private static PipelineAggregate Of(IEnumerable<DealFact> deals)
    {
        var aggregate = new PipelineAggregate();
        foreach (var deal in deals)
        {
            aggregate.Add(deal);
        }

        return aggregate;
    }

    private static void AssertSameAsCalculator(PipelineAggregate aggregate, IReadOnlyList<DealFact> deals, AnalyticsScope scope)
    {
        var report = PipelineCalculator.Compute(deals, scope, PipelineFixture.Q2, PipelineFixture.AsOf);
        Assert.Equal(
            report.OpenByStage.Select(s => (s.Key, s.Count, s.Amount.ToString(), s.Weighted.ToString())),
            aggregate.OpenByStage(scope).Select(s => (s.Key, s.Count, s.Amount.ToString(), s.Weighted.ToString())));
        Assert.Equal(report.WinRate, aggregate.WinRate(scope, PipelineFixture.Q2));
        Assert.Equal(report.AverageWonDealSize.ToString(), aggregate.AverageWonDealSize(scope, PipelineFixture.Q2).ToString());
    }

    [Fact]
    public void Add_FixtureDeals_GivesTheCalculatorsFigures()
    {
        var aggregate = Of(PipelineFixture.Deals);

        AssertSameAsCalculator(aggregate, PipelineFixture.Deals, AnalyticsScope.Tenant);
        AssertSameAsCalculator(aggregate, PipelineFixture.Deals, AnalyticsScope.Person("B"));
    }

    [Fact]
    public void RemoveAndAdd_ADealWon_MovesItFromThePipelineToTheWins()
    {
        var aggregate = Of(PipelineFixture.Deals);
        var before = PipelineFixture.Deals.Single(d => d.Id == "d4");
        var after = before with { Stage = DealStage.Won, ClosedAt = Fixture.At("2026-06-10") };

        aggregate.Remove(before);
        aggregate.Add(after);

        AssertSameAsCalculator(aggregate, [.. PipelineFixture.Deals.Where(d => d.Id != "d4"), after], AnalyticsScope.Tenant);
        Assert.Equal(0, aggregate.OpenByStage(AnalyticsScope.Tenant).Single(s => s.Key == "Negotiation").Count);
    }

    [Fact]
    public void RemoveAll_LeavesNothing()
    {
        var aggregate = Of(PipelineFixture.Deals);

        foreach (var deal in PipelineFixture.Deals)
        {
            aggregate.Remove(deal);
        }

        Assert.All(aggregate.OpenByStage(AnalyticsScope.Tenant), s => Assert.True(s.Count == 0 && s.Amount.IsEmpty));
        Assert.Equal(new WinRate(0, 0), aggregate.WinRate(AnalyticsScope.Tenant, PipelineFixture.Q2));
    }

    [Fact]
    public void WinRate_PeriodNotInWholeMonths_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new PipelineAggregate().WinRate(AnalyticsScope.Tenant, new AnalyticsPeriod(Fixture.Day("2026-01-15"), Fixture.Day("2026-02-01"))));
}
