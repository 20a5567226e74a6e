using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Analytics.Tests.Customers;

public sealed class CoolingDetectorTests
{
    private static InteractionFact Touch(string account, int daysAgo) =>
        Fixture.Touch(account, null, InteractionChannel.Email, InteractionDirection.Outbound, CustomerFixture.AsOf.AddDays(-daysAgo));

    [Fact]
    public void Assess_AccountsWithTheirOwnRhythm_AreColdOnlyPastTwiceTheirMedianGap()
    {
        InteractionFact[] touches =
        [
            Touch("x", 100), Touch("x", 90), Touch("x", 80), Touch("x", 70),   // every 10 days, silent for 70: cold (threshold 20)
            Touch("y", 200), Touch("y", 140), Touch("y", 80), Touch("y", 20),  // every 60 days, silent for 20: fine (threshold 120)
            Touch("z", 70),                                                    // too little history: default 60 days, cold
            Touch("w", 30),                                                    // too little history, 30 days: fine
        ];

        var cooling = CoolingDetector.Assess(touches, CustomerFixture.AsOf).ToDictionary(c => c.AccountId);

        Assert.Equal((10.0, 20.0, 70.0, true), (cooling["x"].MedianGapDays!.Value, cooling["x"].ThresholdDays, cooling["x"].DaysSinceLastTouch, cooling["x"].IsCold));
        Assert.Equal((60.0, 120.0, false), (cooling["y"].MedianGapDays!.Value, cooling["y"].ThresholdDays, cooling["y"].IsCold));
        Assert.Equal((null, 60.0, true), (cooling["z"].MedianGapDays, cooling["z"].ThresholdDays, cooling["z"].IsCold));
        Assert.False(cooling["w"].IsCold);
        Assert.Equal("x", CoolingDetector.Assess(touches, CustomerFixture.AsOf)[0].AccountId);
    }

    [Fact]
    public void Assess_VeryFrequentTouches_NeverDropBelowTheMinimum()
    {
        var cooling = Assert.Single(CoolingDetector.Assess([Touch("x", 13), Touch("x", 12), Touch("x", 11)], CustomerFixture.AsOf));

        Assert.Equal(14.0, cooling.ThresholdDays);
        Assert.False(cooling.IsCold);
    }

    [Fact]
    public void Assess_NoInteractions_IsEmpty() => Assert.Empty(CoolingDetector.Assess([], CustomerFixture.AsOf));
}
