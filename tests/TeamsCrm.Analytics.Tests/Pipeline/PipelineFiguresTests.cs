using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Tests.Pipeline;

public sealed class PipelineFiguresTests
{
    private static readonly DateOnly Today = AnalyticsPeriod.UtcDay(PipelineFixture.AsOf);

    private static PipelineFigures Tenant() =>
        PipelineCalculator.Figures(PipelineFixture.Deals, AnalyticsScope.Tenant, PipelineFixture.Q2, Today);

    [Fact]
    public void Figures_WonInPeriod_CycleInWholeDaysWithItsMean()
    {
        Assert.Equal(new AverageDays(2, 100), Tenant().SalesCycle);
        Assert.Equal(50, Tenant().SalesCycle.MeanDays);
    }

    [Fact]
    public void Figures_Cohort_VelocityTotalsPerOpenStageInPipelineOrder()
    {
        var velocity = Tenant().Velocity;

        Assert.Equal(StageOrder.Open, velocity.Select(v => v.Stage));
        Assert.Equal([new AverageDays(4, 30), new AverageDays(4, 45), new AverageDays(2, 30), new AverageDays(1, 20)], velocity.Select(v => v.Days));
        Assert.Equal([7.5, 11.25, 15, 20], velocity.Select(v => v.Days.MeanDays!.Value));
    }

    [Fact]
    public void Figures_ExpectedCloseBeforeToday_SlippedCountAmountAndLargest()
    {
        var slipped = Tenant().Slipped;

        Assert.Equal((1, "400 EUR"), (slipped.Count, slipped.Amount.ToString()));
        Assert.Equal(new SlippedDeal("d4", "acc-1", "B", Fixture.Day("2026-06-01"), 14, 400m, "EUR"), Assert.Single(slipped.Largest));
    }

    [Fact]
    public void Figures_ExpectedCloseToday_NotSlippedYet()
    {
        var slipped = PipelineCalculator.Figures(PipelineFixture.Deals, AnalyticsScope.Tenant, PipelineFixture.Q2, Fixture.Day("2026-06-01")).Slipped;

        Assert.Equal(SlippedDeals.None.Count, slipped.Count);
        Assert.Empty(slipped.Largest);
    }

    [Fact]
    public void Figures_ManySlippedInTwoCurrencies_LargestFivePerCurrencyCurrencyThenAmount()
    {
        var deals = Enumerable.Range(1, 7)
            .Select(i => Fixture.Deal($"e{i}", "A", DealStage.Proposal, i * 100m, expected: "2026-05-01", history: ["New@2026-04-01"]))
            .Append(Fixture.Deal("u1", "B", DealStage.New, 50m, "USD", expected: "2026-06-14", history: ["New@2026-04-01"]))
            .Append(Fixture.Deal("tie", "A", DealStage.Proposal, 700m, expected: "2026-05-02", history: ["New@2026-04-01"]));

        var slipped = PipelineCalculator.Figures(deals, AnalyticsScope.Tenant, PipelineFixture.Q2, Today).Slipped;

        Assert.Equal((9, "3500 EUR, 50 USD"), (slipped.Count, slipped.Amount.ToString()));
        Assert.Equal(["e7", "tie", "e6", "e5", "e4", "u1"], slipped.Largest.Select(s => s.DealId));
        Assert.Equal(1, slipped.Largest[^1].DaysOverdue);
    }

    [Fact]
    public void Figures_NoDeals_ZeroCountsNullMeansAndEmptyLists()
    {
        var figures = PipelineCalculator.Figures([], AnalyticsScope.Tenant, PipelineFixture.Q2, Today);

        Assert.Equal(AverageDays.None, figures.SalesCycle);
        Assert.Null(figures.SalesCycle.MeanDays);
        Assert.All(figures.Velocity, v => Assert.Null(v.Days.MeanDays));
        Assert.Equal(0, figures.Slipped.Count);
        Assert.Empty(figures.OpenByOwner);
        Assert.Equal(3, figures.ForecastByMonth.Count);
    }
}
