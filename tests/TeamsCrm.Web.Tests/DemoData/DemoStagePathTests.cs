using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Synthetic;

namespace TeamsCrm.Web.Tests.DemoData;

/// <summary>The stage paths of the demo year's deals: allowed steps, rising dates from creation to close, some fall-backs.</summary>
public sealed class DemoStagePathTests
{
    private static readonly IReadOnlyList<DealFact> Closed = [.. SyntheticTenantGenerator.Generate(new SyntheticTenantOptions
    {
        Seed = DemoHistorySeeder.Seed,
        Accounts = 40,
        Deals = 320,
        Owners = 5,
        Start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    }).Deals.Where(d => d.IsClosed)];

    [Fact]
    public void For_EveryClosedDeal_AllowedStepsFromNewAtCreationToItsCloseAtTheCloseTime()
    {
        var paths = Closed.Select((deal, n) => (Deal: deal, Path: DemoStagePath.For(deal, new Random(n)))).ToList();

        Assert.All(paths, p =>
        {
            Assert.Equal(new StageChange(DealStage.New, p.Deal.CreatedAt), p.Path[0]);
            Assert.Equal(new StageChange(p.Deal.Stage, p.Deal.ClosedAt!.Value), p.Path[^1]);
            Assert.All(p.Path.Zip(p.Path.Skip(1)), step =>
            {
                Assert.True(DealStages.CanMove(step.First.Stage, step.Second.Stage), $"{step.First.Stage} → {step.Second.Stage}");
                Assert.True(step.Second.EnteredAt > step.First.EnteredAt);
            });
        });
    }

    [Fact]
    public void For_TheDemoYear_SomeFallBackSomeSkipNegotiationAndProposalsTakeLongerThanNewDeals()
    {
        var paths = Closed.Select((deal, n) => DemoStagePath.For(deal, new Random(n))).ToList();
        var stays = paths.SelectMany(p => p.Zip(p.Skip(1), (a, b) => (a.Stage, Days: (b.EnteredAt - a.EnteredAt).TotalDays))).ToLookup(s => s.Stage, s => s.Days);

        var fallBacks = paths.Count(p => p.Zip(p.Skip(1)).Any(s => s.Second.Stage < s.First.Stage && DealStages.IsOpen(s.Second.Stage)));
        var skips = paths.Count(p => p[^1].Stage == DealStage.Won && p[^2].Stage == DealStage.Proposal);

        Assert.InRange(fallBacks, paths.Count / 20, paths.Count / 3);
        Assert.True(skips > 0);
        Assert.True(stays[DealStage.Proposal].Average() > stays[DealStage.New].Average());
    }
}
