using TeamsCrm.Analytics.Channels;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Scoring;

namespace TeamsCrm.Analytics.Tests.Facts;

public sealed class SettingsValidationTests
{
    [Fact]
    public void Assess_NonPositiveFactor_IsRejectedNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => CoolingDetector.Assess([], DateTimeOffset.UnixEpoch, new CoolingOptions { Factor = 0 }));

        Assert.Equal("Factor", error.ParamName);
        Assert.StartsWith("Cooling setting Factor must be positive.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NoAnswerWindow_IsRejectedNamingTheSetting() =>
        Assert.Equal("AnswerWindow", Assert.Throws<ArgumentException>(() => BestChannelFinder.Analyze([], new BestChannelOptions { AnswerWindow = TimeSpan.Zero })).ParamName);

    [Theory]
    [InlineData(10, 1, 0.25, "MinimumPerOutcome")]
    [InlineData(10, 10, 0.25, "MinimumClosedDeals")]
    [InlineData(40, 10, 1.0, "HeldOutShare")]
    public void Train_ImpossiblePolicy_IsRejectedNamingTheSetting(int closed, int perOutcome, double heldOut, string setting)
    {
        var policy = new ScoringPolicy { MinimumClosedDeals = closed, MinimumPerOutcome = perOutcome, HeldOutShare = heldOut };

        var error = Assert.Throws<ArgumentException>(() => DealScorer.Train([], [], [], DateTimeOffset.UnixEpoch, ExchangeRates.Only("EUR"), policy));

        Assert.Equal(setting, error.ParamName);
    }
}
