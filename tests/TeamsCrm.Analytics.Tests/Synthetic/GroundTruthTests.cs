using TeamsCrm.Analytics.Channels;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Analytics.Synthetic;

namespace TeamsCrm.Analytics.Tests.Synthetic;

/// <summary>The engine finds what the generator planted; every test prints its numbers.</summary>
public sealed class GroundTruthTests(SyntheticTenantFixture fixture, ITestOutputHelper output) : IClassFixture<SyntheticTenantFixture>
{
    private SyntheticTenant Tenant => fixture.Tenant;

    [Fact]
    public void Mine_SyntheticTenant_RanksThePlantedSegmentAndProductTopWithAnIntervalAboveTheBase()
    {
        var rfm = RfmScorer.Score(Tenant.AccountFacts, Tenant.Deals, Tenant.AsOf, SyntheticTenantFixture.Rates).ToDictionary(s => s.AccountId, s => s.Segment);

        var report = SegmentMiner.Mine(Tenant.AccountFacts, Tenant.Deals, Tenant.Interactions, rfm);

        Print("interest", report.Interest);
        Print("conversion", report.Conversion);
        foreach (var top in new[] { report.Interest[0], report.Conversion[0] })
        {
            Assert.Equal((SegmentDimension.Industry, Tenant.Truth.PlantedIndustry, Tenant.Truth.PlantedProductId), (top.Dimension, top.Value, top.ProductId));
            Assert.True(top.ExceedsBase, $"interval {top.Interval} vs base {top.BaseRate}");
        }
    }

    [Fact]
    public void Train_SyntheticTenant_ReachesAnAucOfAtLeast08OnHeldOutDeals()
    {
        var scorer = DealScorer.Train(Tenant.AccountFacts, Tenant.Deals, Tenant.Interactions, Tenant.AsOf, SyntheticTenantFixture.Rates);

        Line($"closed {scorer.Quality.ClosedDeals} (won {scorer.Quality.Won}, lost {scorer.Quality.Lost}), held out {scorer.Quality.HeldOutDeals}, AUC {scorer.Quality.Auc:0.000}");
        output.WriteLine(scorer.Quality.Describe(CultureInfo.GetCultureInfo("en")));
        foreach (var deal in Tenant.Deals.Where(d => d.IsOpen).Take(3))
        {
            var score = scorer.Score(deal, Tenant.AsOf);
            Line($"{deal.Id}: {score.Probability:P0} — {string.Join("; ", score.Explain(CultureInfo.GetCultureInfo("en")))}");
            Line($"{deal.Id}: {score.Probability:P0} — {string.Join("; ", score.Explain(CultureInfo.GetCultureInfo("de")))}");
        }

        Assert.False(scorer.Quality.IsRuleBased);
        Assert.True(scorer.Quality.Auc >= 0.8, $"AUC {scorer.Quality.Auc}");
    }

    [Fact]
    public void Score_PlantedDriver_IsAmongTheTopFactorsOfMostDeals()
    {
        var scorer = DealScorer.Train(Tenant.AccountFacts, Tenant.Deals, Tenant.Interactions, Tenant.AsOf, SyntheticTenantFixture.Rates);
        var open = Tenant.Deals.Where(d => d.IsOpen).ToList();

        var scores = open.Select(d => scorer.Score(d, Tenant.AsOf)).ToList();
        var withMeetingFactor = scores.Count(s => s.Factors.Any(f => f.Kind == FactorKind.LastMeeting));

        Line($"{withMeetingFactor} of {scores.Count} open deals name the last meeting among their top factors");
        Assert.True(withMeetingFactor * 2 > scores.Count);
        Assert.Equal(scores.Select(s => s.Probability), open.Select(d => scorer.Score(d, Tenant.AsOf).Probability));
    }

    [Fact]
    public void Train_Twice_GivesTheSameModelAndScores()
    {
        var first = DealScorer.Train(Tenant.AccountFacts, Tenant.Deals, Tenant.Interactions, Tenant.AsOf, SyntheticTenantFixture.Rates);
        var second = DealScorer.Train(Tenant.AccountFacts, Tenant.Deals, Tenant.Interactions, Tenant.AsOf, SyntheticTenantFixture.Rates);
        var open = Tenant.Deals.Where(d => d.IsOpen).Take(20).ToList();

        Assert.Equal(first.Quality.Auc, second.Quality.Auc);
        Assert.Equal(open.Select(d => first.Score(d, Tenant.AsOf)), open.Select(d => second.Score(d, Tenant.AsOf)), (a, b) => a.Probability == b.Probability && a.Factors.SequenceEqual(b.Factors));
    }

    [Fact]
    public void Analyze_SyntheticContacts_RecommendsTheChannelTheyAnswerOn()
    {
        var contacts = BestChannelFinder.Analyze(Tenant.Interactions).Where(c => !c.NotEnoughHistory).ToList();

        var right = contacts.Count(c => c.Recommended == Tenant.Truth.AnswerChannels[c.ContactId]);

        Line($"{right} of {contacts.Count} contacts with enough history get the channel they answer on");
        Assert.NotEmpty(contacts);
        Assert.True(right >= contacts.Count * 0.8, $"{right} of {contacts.Count}");
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSameTenant()
    {
        var again = SyntheticTenantGenerator.Generate();

        Assert.Equal(Tenant.Deals, again.Deals, (a, b) => a.Id == b.Id && a.Amount == b.Amount && a.Stage == b.Stage && a.ClosedAt == b.ClosedAt);
        Assert.Equal(Tenant.Interactions.Count, again.Interactions.Count);
        Assert.Contains(Tenant.Deals, d => d.IsOpen);
        Assert.Contains(Tenant.Deals, d => d.IsWon);
        Assert.Contains(Tenant.Deals, d => d.Stage == DealStage.Lost);
        Assert.Equal(3, Tenant.Deals.Select(d => d.Currency).Distinct().Count());
    }

    private void Line(FormattableString text) => output.WriteLine(FormattableString.Invariant(text));

    private void Print(string title, IReadOnlyList<MiningCell> cells)
    {
        output.WriteLine($"top {title} cells (of {cells.Count}):");
        foreach (var cell in cells.Take(5))
        {
            Line($"  {cell.Dimension}={cell.Value} × {cell.ProductId}: {cell.Successes}/{cell.Trials} = {cell.Rate:P1}, base {cell.BaseRate:P1}, lift {cell.Lift:0.00}, 95 % CI [{cell.Interval?.Lower:P1}, {cell.Interval?.Upper:P1}]");
        }
    }
}
