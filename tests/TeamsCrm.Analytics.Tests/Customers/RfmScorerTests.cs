using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Analytics.Tests.Customers;

public sealed class RfmScorerTests
{
    private static readonly ExchangeRates Euro = ExchangeRates.Only("EUR");

    /// <summary>
    /// A: 3 wins, last 10 days ago, 9000. B: 2 wins (20, 200 days), 2000. C: 4 wins 300–390 days ago, 2000.
    /// D: one win 30 days ago, 800. E: one win 400 days ago, 100. P: nothing won.
    /// </summary>
    private static IReadOnlyList<RfmScore> Scores() => RfmScorer.Score(
        new[] { "A", "B", "C", "D", "E", "P" }.Select(CustomerFixture.Account),
        new[]
        {
            CustomerFixture.Won("A", 10, 3000m), CustomerFixture.Won("A", 40, 3000m), CustomerFixture.Won("A", 70, 3000m),
            CustomerFixture.Won("B", 20, 1000m), CustomerFixture.Won("B", 200, 1000m),
            CustomerFixture.Won("C", 300, 500m), CustomerFixture.Won("C", 330, 500m), CustomerFixture.Won("C", 360, 500m), CustomerFixture.Won("C", 390, 500m),
            CustomerFixture.Won("D", 30, 800m),
            CustomerFixture.Won("E", 400, 100m),
        },
        CustomerFixture.AsOf,
        Euro);

    [Fact]
    public void Score_FiveCustomers_GivesHandComputedQuintiles()
    {
        var scores = Scores().ToDictionary(s => s.AccountId);

        Assert.Equal((5, 4, 5), (scores["A"].R, scores["A"].F, scores["A"].M));
        Assert.Equal((4, 3, 4), (scores["B"].R, scores["B"].F, scores["B"].M));
        Assert.Equal((2, 5, 4), (scores["C"].R, scores["C"].F, scores["C"].M));
        Assert.Equal((3, 2, 2), (scores["D"].R, scores["D"].F, scores["D"].M));
        Assert.Equal((1, 2, 1), (scores["E"].R, scores["E"].F, scores["E"].M));
        Assert.Equal((10, 3, 9000m), (scores["A"].RecencyDays!.Value, scores["A"].Frequency, scores["A"].Monetary));
    }

    [Fact]
    public void Score_FiveCustomers_NamesTheirSegments()
    {
        var segments = Scores().ToDictionary(s => s.AccountId, s => s.Segment);

        Assert.Equal(RfmSegment.Champions, segments["A"]);
        Assert.Equal(RfmSegment.Promising, segments["B"]);
        Assert.Equal(RfmSegment.AtRisk, segments["C"]);
        Assert.Equal(RfmSegment.New, segments["D"]);
        Assert.Equal(RfmSegment.Hibernating, segments["E"]);
        Assert.Equal(RfmSegment.Prospect, segments["P"]);
    }

    [Fact]
    public void Score_SingleCustomer_IsTheBestOfOne()
    {
        var score = Assert.Single(RfmScorer.Score([], [CustomerFixture.Won("A", 200, 10m)], CustomerFixture.AsOf, Euro));

        Assert.Equal((5, 5, 5, RfmSegment.Champions), (score.R, score.F, score.M, score.Segment));
    }

    [Fact]
    public void Score_NoDeals_EveryAccountIsAProspect() =>
        Assert.All(RfmScorer.Score([CustomerFixture.Account("A")], [], CustomerFixture.AsOf, Euro), s => Assert.Equal(RfmSegment.Prospect, s.Segment));

    [Fact]
    public void Score_OtherCurrencies_ConvertsWithTheTableAndLeavesOutWhatHasNoRate()
    {
        var rates = new ExchangeRates("EUR", new Dictionary<string, decimal> { ["USD"] = 0.5m });

        var score = Assert.Single(RfmScorer.Score([], [CustomerFixture.Won("A", 1, 100m), CustomerFixture.Won("A", 2, 100m, "USD"), CustomerFixture.Won("A", 3, 100m, "CHF")], CustomerFixture.AsOf, rates));

        Assert.Equal((150m, 3), (score.Monetary, score.Frequency));
    }

    [Theory]
    [InlineData(3, 4, 1, false, RfmSegment.Loyal)]
    [InlineData(3, 3, 3, false, RfmSegment.NeedsAttention)]
    [InlineData(5, 1, 1, true, RfmSegment.New)]
    [InlineData(5, 1, 1, false, RfmSegment.Promising)]
    [InlineData(1, 5, 5, false, RfmSegment.AtRisk)]
    [InlineData(2, 2, 5, false, RfmSegment.Hibernating)]
    [InlineData(4, 4, 4, true, RfmSegment.Champions)]
    public void Classify_Scores_FollowsTheDocumentedRules(int r, int f, int m, bool isNew, RfmSegment expected) =>
        Assert.Equal(expected, RfmSegments.Classify(r, f, m, isNew));
}
