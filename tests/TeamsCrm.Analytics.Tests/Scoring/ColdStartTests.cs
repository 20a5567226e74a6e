using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Analytics.Synthetic;

namespace TeamsCrm.Analytics.Tests.Scoring;

public sealed class ColdStartTests
{
    private static readonly DateTimeOffset AsOf = Fixture.At("2026-06-15");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly AccountFact[] Accounts = [new() { Id = "a1", Industry = "Retail" }];

    /// <summary>Owner A won two deals, owner B lost one: the tenant wins 2 of 3.</summary>
    private static readonly DealFact[] History =
    [
        Fixture.Deal("w1", "A", DealStage.Won, 100m, account: "a1", history: ["New@2026-01-01", "Proposal@2026-01-20", "Won@2026-02-01"]),
        Fixture.Deal("w2", "A", DealStage.Won, 100m, account: "a1", history: ["New@2026-02-01", "Proposal@2026-02-20", "Won@2026-03-01"]),
        Fixture.Deal("l1", "B", DealStage.Lost, 100m, account: "a1", history: ["New@2026-03-01", "Lost@2026-04-01"]),
    ];

    [Fact]
    public void Score_FewClosedDeals_AddsTheDocumentedRulesToTheStageProbability()
    {
        var open = Fixture.Deal("x", "A", DealStage.Proposal, 500m, account: "a1", history: ["New@2026-05-01", "Proposal@2026-05-20"]);
        var touches = new[] { Fixture.Touch("a1", "c", InteractionChannel.Meeting, InteractionDirection.Outbound, Fixture.At("2026-06-10")) }
            .Concat(Enumerable.Range(1, 5).Select(d => Fixture.Touch("a1", "c", InteractionChannel.Email, InteractionDirection.Outbound, Fixture.At("2026-05-0" + d))));
        var scorer = DealScorer.Train(Accounts, [.. History, open], touches, AsOf, ExchangeRates.Only("EUR"));

        var score = scorer.Score(open, AsOf);

        // 50 (Proposal) + 10 (meeting 5 days ago) + 5 (six interactions) + (A's smoothed rate (2 + 5·2/3) / 7 − 2/3) · 50 = 69.76.
        Assert.True(score.IsRuleBased);
        Assert.Equal(0.6976, score.Probability, 4);
        Assert.Equal(
            ["stage Proposal +50 %", "last meeting 5 days ago +10 %", "email: 5 interactions +5 %", "owner's win rate 76 % +5 %"],
            score.Explain(English));
        Assert.Equal("Phase Angebot +50 %", score.Explain(CultureInfo.GetCultureInfo("de"))[0]);
    }

    [Fact]
    public void Score_NoHistoryAtAll_StaysWithinOnePercent()
    {
        var lead = Fixture.Deal("lead", "A", DealStage.New, 0m, account: "a1", history: ["New@2026-06-01"]);
        var scorer = DealScorer.Train(Accounts, [lead], [], AsOf, ExchangeRates.Only("EUR"));

        var score = scorer.Score(lead, AsOf);

        // 10 (New) − 10 (no meeting yet) − 5 (no interaction) = −5, kept at 1 %.
        Assert.Equal(0.01, score.Probability, 10);
        Assert.Equal(["stage New +10 %", "no meeting yet −10 %", "no email interactions −5 %"], score.Explain(English));
        Assert.Equal((0, true, null), (scorer.Quality.ClosedDeals, scorer.Quality.IsRuleBased, scorer.Quality.Auc));
    }

    [Fact]
    public void Train_SmallSyntheticTenant_StaysRuleBasedAndSaysWhy()
    {
        var tenant = SyntheticTenantGenerator.Generate(new SyntheticTenantOptions { Accounts = 20, Deals = 30 });

        var scorer = DealScorer.Train(tenant.AccountFacts, tenant.Deals, tenant.Interactions, tenant.AsOf, ExchangeRates.Only("EUR"));

        Assert.True(scorer.Quality.IsRuleBased);
        Assert.True(scorer.Quality.ClosedDeals < 40);
        Assert.StartsWith("Rule-based score: not enough closed deals for a model yet", scorer.Quality.Describe(English), StringComparison.Ordinal);
        Assert.All(tenant.Deals.Where(d => d.IsOpen), d => Assert.True(scorer.Score(d, tenant.AsOf).IsRuleBased));
    }

    [Fact]
    public void Train_ManyDealsButFewLost_StaysRuleBased()
    {
        var won = Enumerable.Range(1, 45).Select(i => Fixture.Deal($"w{i}", "A", DealStage.Won, 100m, account: "a1", history: ["New@2026-01-01", "Won@2026-02-01"]));
        var lost = Enumerable.Range(1, 9).Select(i => Fixture.Deal($"l{i}", "A", DealStage.Lost, 100m, account: "a1", history: ["New@2026-01-01", "Lost@2026-02-01"]));

        var scorer = DealScorer.Train(Accounts, [.. won, .. lost], [], AsOf, ExchangeRates.Only("EUR"));

        Assert.Equal((54, 45, 9, true), (scorer.Quality.ClosedDeals, scorer.Quality.Won, scorer.Quality.Lost, scorer.Quality.IsRuleBased));
    }

    [Theory]
    [InlineData(new double[] { 0.9, 0.8, 0.3, 0.1 }, new[] { true, true, false, false }, 1.0)]
    [InlineData(new double[] { 0.9, 0.8, 0.3, 0.1 }, new[] { false, true, true, false }, 0.5)]
    [InlineData(new double[] { 0.5, 0.5 }, new[] { true, false }, 0.5)]
    public void RocAuc_Scores_MatchHandComputedAreas(double[] scores, bool[] won, double expected) =>
        Assert.Equal(expected, RocAuc.Of([.. scores.Zip(won)]));

    [Fact]
    public void RocAuc_OneOutcomeOnly_IsNull() => Assert.Null(RocAuc.Of([(0.4, true), (0.6, true)]));
}
