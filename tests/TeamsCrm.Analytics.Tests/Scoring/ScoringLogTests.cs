using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Analytics.Synthetic;

namespace TeamsCrm.Analytics.Tests.Scoring;

public sealed class ScoringLogTests
{
    [Fact]
    public void Train_EnoughHistory_LogsTheModelAndItsAuc()
    {
        var tenant = SyntheticTenantGenerator.Generate(new SyntheticTenantOptions { Accounts = 100, Deals = 200 });
        var logger = new RecordingLogger();

        var scorer = DealScorer.Train(tenant.AccountFacts, tenant.Deals, tenant.Interactions, tenant.AsOf, ExchangeRates.Only("EUR"), logger: logger);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(8600, entry.EventId);
        Assert.Contains($"trained on {scorer.Quality.ClosedDeals} closed deals", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_TooLittleHistory_LogsTheColdStartAndWhy()
    {
        var logger = new RecordingLogger();

        DealScorer.Train([], [], [], DateTimeOffset.UnixEpoch, ExchangeRates.Only("EUR"), logger: logger);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(8601, entry.EventId);
        Assert.Contains("0 closed deals (0 won, 0 lost) are below the model's minimum of 40 and 10 of each", entry.Message, StringComparison.Ordinal);
    }
}
