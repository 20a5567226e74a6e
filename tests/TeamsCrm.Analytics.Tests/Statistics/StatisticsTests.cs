using TeamsCrm.Analytics.Statistics;

namespace TeamsCrm.Analytics.Tests.Statistics;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(new double[] { 3, 1, 2 }, 2)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 2.5)]
    [InlineData(new double[] { 7 }, 7)]
    public void Median_Values_IsTheMiddle(double[] values, double expected) =>
        Assert.Equal(expected, Descriptive.Median(values));

    [Fact]
    public void Median_NoValues_IsNull() => Assert.Null(Descriptive.Median([]));

    [Fact]
    public void Wilson_EightOfTen_MatchesTheHandComputedInterval()
    {
        // p = 0.8, n = 10, z = 1.96: centre (0.8 + 0.19207) / 1.38415 = 0.71673, half-width 1.96·√(0.016 + 0.0096040) / 1.38415 = 0.22658.
        var interval = WilsonInterval.Of(8, 10)!;

        Assert.Equal(0.4902, interval.Lower, 4);
        Assert.Equal(0.9433, interval.Upper, 4);
    }

    [Fact]
    public void Wilson_TwoOfTwo_IsWideNotCertain()
    {
        var interval = WilsonInterval.Of(2, 2)!;

        Assert.Equal(1.0, interval.Upper, 10);
        Assert.True(interval.Lower < 0.35, $"lower {interval.Lower}");
    }

    [Fact]
    public void Wilson_NoTrials_IsNull() => Assert.Null(WilsonInterval.Of(0, 0));

    [Fact]
    public void Wilson_MoreSuccessesThanTrials_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Of(3, 2));
}
