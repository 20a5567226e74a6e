using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Analytics.Tests.Customers;

public sealed class RevenueAndValueTests
{
    [Fact]
    public void ByAccount_WonDeals_AreRevenueInTheirMonthWithMarginOfCostedLines()
    {
        DealFact[] deals =
        [
            CustomerFixture.Won("a", 70, 1000m, products: [new ProductLine("p1", "Sensors", 600m, 400m), new ProductLine("p2", "Service", 400m)]),
            CustomerFixture.Won("a", 60, 500m),
            CustomerFixture.Won("b", 10, 200m, "USD"),
        ];

        var rows = RevenueCalculator.ByAccount(deals, AnalyticsPeriod.Quarter(2026, 2));

        var april = rows.Single(r => r.AccountId == "a" && r.Start == Fixture.Day("2026-04-01"));
        Assert.Equal((1500m, 200m, 600m), (april.Revenue, april.Margin, april.CostedRevenue));
        var may = rows.Single(r => r.AccountId == "a" && r.Start == Fixture.Day("2026-05-01"));
        Assert.Equal((0m, (decimal?)null), (may.Revenue, may.Margin));
        Assert.Equal(200m, rows.Single(r => r.AccountId == "b" && r.Start == Fixture.Day("2026-06-01")).Revenue);
        Assert.Equal("USD", rows.Where(r => r.AccountId == "b").Select(r => r.Currency).Distinct().Single());
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void ByAccount_EmptyPeriod_HasNoRows() =>
        Assert.Empty(RevenueCalculator.ByAccount([CustomerFixture.Won("a", 10, 100m)], AnalyticsPeriod.Year(2020)));

    [Fact]
    public void Estimate_ShortHistory_UsesOneYearAndTheDefaultLifetime()
    {
        // 3600 over max(1, 365/365.25) years = 3600 a year; no costs: ratio 1; × 3 years.
        var value = Assert.Single(LifetimeValueEstimator.Estimate([CustomerFixture.Won("a", 365, 1200m), CustomerFixture.Won("a", 92, 2400m)], CustomerFixture.AsOf));

        Assert.Equal((3600m, 1m, false, 10800m), (value.AnnualRevenue, value.MarginRatio, value.MarginKnown, value.Value));
    }

    [Fact]
    public void Estimate_TwoYearsWithCosts_DividesByYearsAndAppliesTheMargin()
    {
        // 2922 days = 8 years of 365.25: 8000 / 8 = 1000 a year; margin 0.25; × 2 years.
        var deals = new[] { CustomerFixture.Won("a", 2922, 8000m, products: [new ProductLine("p", "F", 8000m, 6000m)]) };

        var value = Assert.Single(LifetimeValueEstimator.Estimate(deals, CustomerFixture.AsOf, lifetimeYears: 2));

        Assert.Equal((1000m, 0.25m, true, 500m), (value.AnnualRevenue, value.MarginRatio, value.MarginKnown, value.Value));
    }

    [Fact]
    public void Estimate_DealsInTwoCurrencies_GivesOneValuePerCurrency()
    {
        var values = LifetimeValueEstimator.Estimate([CustomerFixture.Won("a", 10, 100m), CustomerFixture.Won("a", 20, 300m, "USD")], CustomerFixture.AsOf, 1);

        Assert.Equal([("EUR", 100m), ("USD", 300m)], values.Select(v => (v.Currency, v.Value)));
    }
}
