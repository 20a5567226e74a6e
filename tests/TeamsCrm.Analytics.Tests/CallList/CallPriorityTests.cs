using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Analytics.Tests.CallList;

public sealed class CallPriorityTests
{
    private static readonly DateTimeOffset AsOf = Fixture.At("2026-06-15");
    private static readonly ExchangeRates Rates = new("EUR", new Dictionary<string, decimal> { ["USD"] = 0.5m });

    [Fact]
    public void Of_SlippingDealAtAColdAccount_ChanceTimesValueTimesBothBoosts()
    {
        var cold = new CustomerTotals { AccountId = "a", LastTouch = AsOf.AddDays(-40), Touches = 3, MedianGapDays = 5 };
        var candidate = Candidate(1000m, "USD", Fixture.Day("2026-06-10"), cold);

        var (priority, reasons) = CallPriority.Of(candidate, AsOf, Rates);

        Assert.Equal(0.6 * 500 * 1.5 * 1.25, priority, 9);
        Assert.Equal([CallReasonKind.Slipping, CallReasonKind.Value, CallReasonKind.Cooling], reasons.Select(r => r.Kind));
        Assert.Equal(
            ["expected close passed 5 days ago", "60 % chance to win 1,000 USD", "account going cold: no touch in 40 days, usually every 5 days"],
            reasons.Select(r => r.Describe(CultureInfo.GetCultureInfo("en"))));
        Assert.Equal(
            ["erwarteter Abschluss seit 5 Tagen überfällig", "60 % Chance auf 1.000 USD", "Kunde kühlt ab: seit 40 Tagen kein Kontakt, sonst alle 5 Tage"],
            reasons.Select(r => r.Describe(CultureInfo.GetCultureInfo("de"))));
    }

    [Fact]
    public void Of_ClosingSoonInACurrencyWithoutRate_FaceValueAndOneBoost()
    {
        var (priority, reasons) = CallPriority.Of(Candidate(200m, "CHF", Fixture.Day("2026-06-25"), null), AsOf, Rates);

        Assert.Equal(0.6 * 200 * 1.25, priority, 9);
        Assert.Equal(CallReasonKind.ClosingSoon, reasons[0].Kind);
        Assert.Equal(10, reasons[0].Days);
    }

    [Fact]
    public void Of_NoDateAndAWarmAccount_ChanceTimesValueOnly()
    {
        var warm = new CustomerTotals { AccountId = "a", LastTouch = AsOf.AddDays(-2), Touches = 3, MedianGapDays = 5 };

        var (priority, reasons) = CallPriority.Of(Candidate(100m, "EUR", null, warm), AsOf, Rates);

        Assert.Equal(60, priority, 9);
        Assert.Single(reasons);
    }

    private static CallCandidate Candidate(decimal amount, string currency, DateOnly? close, CustomerTotals? account) => new()
    {
        DealId = "d",
        AccountId = "a",
        Stage = DealStage.Proposal,
        Amount = amount,
        Currency = currency,
        ExpectedCloseDate = close,
        Probability = 0.6,
        Account = account,
    };
}
