using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Tests.Pipeline;

public sealed class PipelineCalculatorTests
{
    private static PipelineReport Tenant() =>
        PipelineCalculator.Compute(PipelineFixture.Deals, AnalyticsScope.Tenant, PipelineFixture.Q2, PipelineFixture.AsOf);

    [Fact]
    public void Compute_OpenByStage_CountsAndWeighsPerCurrency()
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
    public void Compute_OpenByOwner_KeepsCurrenciesApart()
    {
        var byOwner = Tenant().OpenByOwner.ToDictionary(s => s.Key);

        Assert.Equal(1, byOwner["A"].Count);
        Assert.Equal(2, byOwner["B"].Count);
        Assert.Equal("400 EUR, 2000 USD", byOwner["B"].Amount.ToString());
        Assert.Equal("240 EUR, 1000 USD", byOwner["B"].Weighted.ToString());
    }

    [Fact]
    public void Compute_Forecast_AddsWonInTheMonthToWeightedOpenExpectedInIt()
    {
        var report = Tenant();

        Assert.Equal([Fixture.Day("2026-04-01"), Fixture.Day("2026-05-01"), Fixture.Day("2026-06-01")], report.ForecastByMonth.Select(b => b.Start));
        Assert.Equal("1000 EUR", report.ForecastByMonth[0].Total.ToString());
        Assert.Equal("3000 USD", report.ForecastByMonth[1].Total.ToString());
        Assert.Equal("240 EUR, 1000 USD", report.ForecastByMonth[2].WeightedOpen.ToString());
        Assert.True(report.ForecastByMonth[2].Won.IsEmpty);
        Assert.Single(report.ForecastByQuarter);
        Assert.Equal("1240 EUR, 4000 USD", report.ForecastByQuarter[0].Total.ToString());
        Assert.Equal("30 EUR", report.UnscheduledWeighted.ToString());
    }

    [Fact]
    public void Compute_ClosedInPeriod_GiveWinRateDealSizeAndCycle()
    {
        var report = Tenant();

        Assert.Equal((2, 1), (report.WinRate.Won, report.WinRate.Lost));
        Assert.Equal(2.0 / 3, report.WinRate.Rate!.Value, 10);
        Assert.Equal("1000 EUR, 3000 USD", report.AverageWonDealSize.ToString());
        Assert.Equal(new DurationSummary(2, 50, 50), report.SalesCycle);
    }

    [Fact]
    public void Compute_CohortOfThePeriod_GivesConversionPerStep()
    {
        var conversion = Tenant().Conversion;

        Assert.Equal(
            [(DealStage.New, 5, 4), (DealStage.Qualified, 4, 3), (DealStage.Proposal, 3, 2), (DealStage.Negotiation, 2, 1)],
            conversion.Select(c => (c.From, c.Reached, c.Advanced)));
        Assert.Equal([0.8, 0.75, 2.0 / 3, 0.5], conversion.Select(c => c.Rate!.Value));
    }

    [Fact]
    public void Compute_StageHistory_GivesDaysPerStageWithoutTheCurrentStay()
    {
        var velocity = Tenant().Velocity.ToDictionary(v => v.Stage, v => v.Days);

        Assert.Equal(new DurationSummary(4, 7.5, 7.5), velocity[DealStage.New]);
        Assert.Equal(new DurationSummary(4, 11.25, 10), velocity[DealStage.Qualified]);
        Assert.Equal(new DurationSummary(2, 15, 15), velocity[DealStage.Proposal]);
        Assert.Equal(new DurationSummary(1, 20, 20), velocity[DealStage.Negotiation]);
    }

    [Fact]
    public void Compute_ExpectedCloseDatePassed_ListsTheOpenDealAsSlipped()
    {
        var slipped = Assert.Single(Tenant().Slipped);

        Assert.Equal(("d4", 14, 400m, "EUR"), (slipped.DealId, slipped.DaysOverdue, slipped.Amount, slipped.Currency));
    }

    [Fact]
    public void Compute_PersonScope_CoversOnlyTheirDeals()
    {
        var report = PipelineCalculator.Compute(PipelineFixture.Deals, AnalyticsScope.Person("B"), PipelineFixture.Q2, PipelineFixture.AsOf);

        Assert.Equal(["B"], report.OpenByOwner.Select(o => o.Key));
        Assert.Equal((1, 0), (report.WinRate.Won, report.WinRate.Lost));
        Assert.Equal("3000 USD", report.AverageWonDealSize.ToString());
        Assert.Equal(new DurationSummary(1, 60, 60), report.SalesCycle);
        Assert.Equal(3, report.Conversion[0].Reached);
    }

    [Fact]
    public void Compute_TeamScope_UnitesItsOwners()
    {
        var report = PipelineCalculator.Compute(PipelineFixture.Deals, AnalyticsScope.Team(["A", "B"]), PipelineFixture.Q2, PipelineFixture.AsOf);

        Assert.Equal(Tenant().WinRate, report.WinRate);
    }

    [Fact]
    public void Compute_EmptyPeriod_HasZeroCountsNoRatesAndEmptyBuckets()
    {
        var report = PipelineCalculator.Compute(PipelineFixture.Deals, AnalyticsScope.Tenant, AnalyticsPeriod.Month(2025, 1), PipelineFixture.AsOf);

        Assert.Equal((0, 0), (report.WinRate.Won, report.WinRate.Lost));
        Assert.Null(report.WinRate.Rate);
        Assert.True(report.AverageWonDealSize.IsEmpty);
        Assert.Equal(new DurationSummary(0, null, null), report.SalesCycle);
        Assert.All(report.Conversion, c => Assert.Null(c.Rate));
        Assert.All(report.Velocity, v => Assert.Equal(0, v.Days.Count));
        var month = Assert.Single(report.ForecastByMonth);
        Assert.True(month.Total.IsEmpty);
    }

    [Fact]
    public void Compute_NoDealsAtAll_IsAnEmptyReport()
    {
        var report = PipelineCalculator.Compute([], AnalyticsScope.Tenant, PipelineFixture.Q2, PipelineFixture.AsOf);

        Assert.All(report.OpenByStage, s => Assert.Equal(0, s.Count));
        Assert.Empty(report.OpenByOwner);
        Assert.Empty(report.Slipped);
        Assert.Equal(3, report.ForecastByMonth.Count);
    }

    [Fact]
    public void Compute_SingleWonDeal_IsAHundredPercentWithItsOwnSizeAndCycle()
    {
        var deal = Fixture.Deal("x", "A", DealStage.Won, 750m, history: ["Proposal@2026-04-01", "Won@2026-04-11"]);

        var report = PipelineCalculator.Compute([deal], AnalyticsScope.Tenant, PipelineFixture.Q2, PipelineFixture.AsOf);

        Assert.Equal(1.0, report.WinRate.Rate);
        Assert.Equal("750 EUR", report.AverageWonDealSize.ToString());
        Assert.Equal(new DurationSummary(1, 10, 10), report.SalesCycle);
        Assert.Equal([1, 1, 1, 1], report.Conversion.Select(c => c.Reached));
        Assert.Equal(new DurationSummary(1, 10, 10), report.Velocity.Single(v => v.Stage == DealStage.Proposal).Days);
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
