using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Tests.Synthetic;

namespace TeamsCrm.Analytics.Tests.Customers;

public sealed class CustomerFiguresTests(SyntheticTenantFixture fixture) : IClassFixture<SyntheticTenantFixture>
{
    [Fact]
    public void Rfm_FromTheSummaryOfTheSyntheticTenant_EqualsTheScorerOverTheDeals()
    {
        var tenant = fixture.Tenant;
        var summary = CustomerSummary.From(tenant.Deals, tenant.Interactions, tenant.AsOf);
        var later = tenant.AsOf.AddDays(10);

        var fromTotals = CustomerFigures.Rfm(summary.Accounts, later, SyntheticTenantFixture.Rates);
        var fromDeals = RfmScorer.Score(tenant.AccountFacts, tenant.Deals, later, SyntheticTenantFixture.Rates).Where(s => s.Segment != RfmSegment.Prospect).ToList();

        Assert.True(fromDeals.Count > 100);
        // Converting each currency's sum instead of each deal differs in the 28th digit only.
        Assert.Equal(fromDeals.Select(Rounded), fromDeals.Select(s => Rounded(fromTotals[s.AccountId])));
        Assert.Equal(fromDeals.Count, fromTotals.Count);
    }

    [Fact]
    public void Cooling_FromTheSummaryOfTheSyntheticTenant_EqualsTheDetectorOverTheInteractions()
    {
        var tenant = fixture.Tenant;
        var summary = CustomerSummary.From(tenant.Deals, tenant.Interactions, tenant.AsOf);
        var later = tenant.AsOf.AddDays(30);

        var detected = CoolingDetector.Assess(tenant.Interactions, tenant.AsOf.AddDays(30));
        var fromTotals = summary.Accounts.Select(t => CustomerFigures.Cooling(t, later)).OfType<AccountCooling>().ToDictionary(c => c.AccountId);

        Assert.Contains(detected, c => c.IsCold);
        Assert.Contains(detected, c => !c.IsCold);
        Assert.Equal(detected.Count, fromTotals.Count);
        foreach (var cooling in detected)
        {
            var totals = fromTotals[cooling.AccountId];
            Assert.Equal(cooling.LastTouch, totals.LastTouch);
            Assert.Equal(cooling.IsCold, totals.IsCold);
            Assert.Equal(cooling.ThresholdDays, totals.ThresholdDays, 9);
            Assert.Equal(cooling.MedianGapDays ?? -1, totals.MedianGapDays ?? -1, 9);
        }
    }

    [Fact]
    public void Totals_HandMadeAccount_CountsWinsPerCurrencyAndTheRhythm()
    {
        var asOf = CustomerFixture.AsOf;
        DealFact[] won = [CustomerFixture.Won("a", 100, 1000m), CustomerFixture.Won("a", 10, 500m, "USD"), CustomerFixture.Won("a", 40, 250m)];
        InteractionFact[] touches = [Touch("a", asOf.AddDays(-30), "c1"), Touch("a", asOf.AddDays(-20), "c2"), Touch("a", asOf.AddDays(-16), null)];

        var totals = CustomerSummary.Totals("a", won, touches);
        var cooling = CustomerFigures.Cooling(totals, asOf)!;

        Assert.Equal(3, totals.Wins);
        Assert.Equal(asOf.AddDays(-100), totals.FirstWin);
        Assert.Equal(asOf.AddDays(-10), totals.LastWin);
        Assert.Equal("1250 EUR, 500 USD", totals.Revenue().ToString());
        Assert.Equal(7, totals.MedianGapDays);
        Assert.Equal("c2", totals.LastContactId);
        Assert.Equal(16, cooling.DaysSinceLastTouch);
        Assert.Equal(14, cooling.ThresholdDays);
        Assert.True(cooling.IsCold);
        Assert.Null(CustomerFigures.Cooling(CustomerSummary.Totals("b", [], []), asOf));
    }

    private static RfmScore Rounded(RfmScore score) => score with { Monetary = Math.Round(score.Monetary, 8) };

    private static InteractionFact Touch(string account, DateTimeOffset at, string? contact) => new()
    {
        AccountId = account,
        ContactId = contact,
        Channel = InteractionChannel.Phone,
        Direction = InteractionDirection.Outbound,
        OccurredAt = at,
    };
}
