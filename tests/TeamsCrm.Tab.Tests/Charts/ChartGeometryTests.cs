using TeamsCrm.Web.Tab.Charts;

namespace TeamsCrm.Tab.Tests.Charts;

public sealed class ChartGeometryTests
{
    [Fact]
    public void Bar_PositiveValues_LengthProportionalFromZero()
    {
        var geometry = new ChartGeometry([10m, 40m, 20m], 200);

        Assert.Equal(0, geometry.Baseline);
        Assert.Equal((0d, 50d), geometry.Bar(10m));
        Assert.Equal((0d, 200d), geometry.Bar(40m));
        Assert.Equal((0d, 100d), geometry.Bar(20m));
    }

    [Fact]
    public void Bar_NegativeValue_GrowsTheOtherWayFromTheBaseline()
    {
        var geometry = new ChartGeometry([-10m, 30m], 200);

        Assert.Equal(50, geometry.Baseline);
        Assert.Equal((0d, 50d), geometry.Bar(-10m));
        Assert.Equal((50d, 150d), geometry.Bar(30m));
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 0d, 0d })]
    public void Bar_NoOrOnlyZeroValues_ZeroLengthNeverNaN(double[] values)
    {
        var geometry = new ChartGeometry([.. values.Select(v => (decimal)v)], 200);

        Assert.Equal(0, geometry.Baseline);
        Assert.Equal((0d, 0d), geometry.Bar(0m));
    }
}
