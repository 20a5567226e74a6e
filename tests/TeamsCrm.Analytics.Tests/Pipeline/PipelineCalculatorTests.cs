using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Tests.Pipeline;

public sealed class PipelineCalculatorTests
{
    private static readonly DateOnly Today = AnalyticsPeriod.UtcDay(PipelineFixture.AsOf);

    private static PipelineFigures Tenant() =>
        PipelineCalculator.Figures(PipelineFixture.Deals, AnalyticsScope.Tenant, PipelineFixture.Q2, Today);

    [Fact]
    public void Figures_OpenByStage_CountsAndWeighsPerCurrency()
    {
        var byStage = Tenant().OpenByStage.ToDictionary(s => s.Key);

        Assert.Equal(["New", "Qualified", "Proposal", "Negotiation"], Tenant().OpenByStage.Select(s => s.Key));
        Assert.Equal((1, 300m, 30m), (byStage["New"].Count, byStage["New"].Amount["EUR"], byStage["New"].Weighted["EUR"]));
        Assert.Equal(0, byStage["Qualified"].Count);
        Assert.True(byStage["Qualified"].Amount.IsEmpty);
        Assert.Equal((1, 2000m, 1000m), (byStage["Proposal"].Count, byStage["Proposal"].Amount["USD"], byStage["Proposal"].Weighted["USD"]));
        Assert.Equal((1, 400m, 240m), (byStage["Negotiation"].Count, byStage["Negotiation"].Amount["EUR"], byStage["Negotiation"].Weighted["EUR"]));
    }

    [Fact]
    public void Figures_OpenByOwner_KeepsCurrenciesApart()
    {
        var byOwner = Tenant().OpenByOwner.ToDictionary(s => s.Key);

        Assert.Equal(1, byOwner["A"].Count);
        Assert.Equal(2, byOwner["B"].Count);
        Assert.Equal("400 EUR, 2000 USD", byOwner["B"].Amount.ToString());
        Assert.Equal("240 EUR, 1000 USD", byOwner["B"].Weighted.ToString());
    }

    [Fact]
    public void Figures_Forecast_AddsWonInTheMonthToWeightedOpenExpectedInIt()
    {
        var figures = Tenant();

        Assert.Equal([Fixture.Day("2026-04-01"), Fixture.Day("2026-05-01"), Fixture.Day("2026-06-01")], figures.ForecastByMonth.Select(b => b.Start));
        Assert.Equal("1000 EUR", figures.ForecastByMonth[0].Total.ToString());
        Assert.Equal("3000 USD", figures.ForecastByMonth[1].Total.ToString());
        Assert.Equal("240 EUR, 1000 USD", figures.ForecastByMonth[2].WeightedOpen.ToString());
        Assert.True(figures.ForecastByMonth[2].Won.IsEmpty);
        Assert.Single(figures.ForecastByQuarter);
        Assert.Equal("1240 EUR, 4000 USD", figures.ForecastByQuarter[0].Total.ToString());
        Assert.Equal("30 EUR", figures.UnscheduledWeighted.ToString());
    }

    [Fact]
    public void Figures_ClosedInPeriod_GiveWinRateDealSizeAndCycle()
    {
        var figures = Tenant();

        Assert.Equal((2, 1), (figures.WinRate.Won, figures.WinRate.Lost));
        Assert.Equal(2.0 / 3, figures.WinRate.Rate!.Value, 10);
        Assert.Equal("1000 EUR, 3000 USD", figures.AverageWonDealSize.ToString());
        Assert.Equal(new AverageDays(2, 100), figures.SalesCycle);
        Assert.Equal(50, figures.SalesCycle.MeanDays);
    }

    [Fact]
    public void Figures_CohortOfThePeriod_GivesConversionPerStep()
    {
        var conversion = Tenant().Conversion;

        Assert.Equal(
            [(DealStage.New, 5, 4), (DealStage.Qualified, 4, 3), (DealStage.Proposal, 3, 2), (DealStage.Negotiation, 2, 1)],
            conversion.Select(c => (c.From, c.Reached, c.Advanced)));
        Assert.Equal([0.8, 0.75, 2.0 / 3, 0.5], conversion.Select(c => c.Rate!.Value));
    }

    [Fact]
    public void Figures_StageHistory_GivesDaysPerStageWithoutTheCurrentStay()
    {
        var velocity = Tenant().Velocity.ToDictionary(v => v.Stage, v => v.Days);

        Assert.Equal((4, 7.5), (velocity[DealStage.New].Count, velocity[DealStage.New].MeanDays));
        Assert.Equal((4, 11.25), (velocity[DealStage.Qualified].Count, velocity[DealStage.Qualified].MeanDays));
        Assert.Equal((2, 15.0), (velocity[DealStage.Proposal].Count, velocity[DealStage.Proposal].MeanDays));
        Assert.Equal((1, 20.0), (velocity[DealStage.Negotiation].Count, velocity[DealStage.Negotiation].MeanDays));
    }

    [Fact]
    public void Figures_ExpectedCloseDatePassed_ListsTheOpenDealAsSlipped()
    {
        var slipped = Assert.Single(Tenant().Slipped.Largest);

        Assert.Equal(1, Tenant().Slipped.Count);
        Assert.Equal(("d4", 14, 400m, "EUR"), (slipped.DealId, slipped.DaysOverdue, slipped.Amount, slipped.Currency));
    }

    [Fact]
    public void Figures_PersonScope_CoversOnlyTheirDeals()
    {
        var figures = PipelineCalculator.Figures(PipelineFixture.Deals, AnalyticsScope.Person("B"), PipelineFixture.Q2, Today);

        Assert.Equal(["B"], figures.OpenByOwner.Select(o => o.Key));
        Assert.Equal((1, 0), (figures.WinRate.Won, figures.WinRate.Lost));
        Assert.Equal("3000 USD", figures.AverageWonDealSize.ToString());
        Assert.Equal(new AverageDays(1, 60), figures.SalesCycle);
        Assert.Equal(3, figures.Conversion[0].Reached);
    }

    [Fact]
    public void Figures_TeamScope_UnitesItsOwners()
    {
        var figures = PipelineCalculator.Figures(PipelineFixture.Deals, AnalyticsScope.Team(["A", "B"]), PipelineFixture.Q2, Today);

        Assert.Equal(Tenant().WinRate, figures.WinRate);
    }

    [Fact]
    public void Figures_EmptyPeriod_HasZeroCountsNoRatesAndEmptyBuckets()
    {
        var figures = PipelineCalculator.Figures(PipelineFixture.Deals, AnalyticsScope.Tenant, AnalyticsPeriod.Month(2025, 1), Today);

        Assert.Equal((0, 0), (figures.WinRate.Won, figures.WinRate.Lost));
        Assert.Null(figures.WinRate.Rate);
        Assert.True(figures.AverageWonDealSize.IsEmpty);
        Assert.Equal(AverageDays.None, figures.SalesCycle);
        Assert.Null(figures.SalesCycle.MeanDays);
        Assert.All(figures.Conversion, c => Assert.Null(c.Rate));
        Assert.All(figures.Velocity, v => Assert.Equal(0, v.Days.Count));
        var month = Assert.Single(figures.ForecastByMonth);
        Assert.True(month.Total.IsEmpty);
    }

    [Fact]
    public void Figures_NoDealsAtAll_AreEmptyFigures()
    {
        var figures = PipelineCalculator.Figures([], AnalyticsScope.Tenant, PipelineFixture.Q2, Today);

        Assert.All(figures.OpenByStage, s => Assert.Equal(0, s.Count));
        Assert.Empty(figures.OpenByOwner);
        Assert.Equal(0, figures.Slipped.Count);
        Assert.Empty(figures.Slipped.Largest);
        Assert.Equal(3, figures.ForecastByMonth.Count);
    }

    [Fact]
    public void Figures_SingleWonDeal_IsAHundredPercentWithItsOwnSizeAndCycle()
    {
        var deal = Fixture.Deal("x", "A", DealStage.Won, 750m, history: ["Proposal@2026-04-01", "Won@2026-04-11"]);

        var figures = PipelineCalculator.Figures([deal], AnalyticsScope.Tenant, PipelineFixture.Q2, Today);

        Assert.Equal(1.0, figures.WinRate.Rate);
        Assert.Equal("750 EUR", figures.AverageWonDealSize.ToString());
        Assert.Equal(new AverageDays(1, 10), figures.SalesCycle);
        Assert.Equal([1, 1, 1, 1], figures.Conversion.Select(c => c.Reached));
        Assert.Equal(new AverageDays(1, 10), figures.Velocity.Single(v => v.Stage == DealStage.Proposal).Days);
    }

    [Fact]
    public void Buckets_PeriodCutsMonths_KeepsThePartsInsideIt()
    {
        var period = new AnalyticsPeriod(Fixture.Day("2026-01-15"), Fixture.Day("2026-03-15"));

        var months = PipelineCalculator.Buckets(period, 1);
        var quarters = PipelineCalculator.Buckets(period, 3);

        Assert.Equal(
            [(Fixture.Day("2026-01-15"), Fixture.Day("2026-02-01")), (Fixture.Day("2026-02-01"), Fixture.Day("2026-03-01")), (Fixture.Day("2026-03-01"), Fixture.Day("2026-03-15"))],
            months);
        Assert.Equal([(Fixture.Day("2026-01-15"), Fixture.Day("2026-03-15"))], quarters);
    }
}
