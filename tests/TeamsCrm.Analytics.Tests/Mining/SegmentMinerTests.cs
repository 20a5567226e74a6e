using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Analytics.Statistics;

namespace TeamsCrm.Analytics.Tests.Mining;

public sealed class SegmentMinerTests
{
    private static readonly AccountFact[] Accounts =
    [
        .. new[] { "m1", "m2", "m3", "m4" }.Select(id => new AccountFact { Id = id, Industry = "Manufacturing", Country = "DE" }),
        .. new[] { "r1", "r2", "r3", "r4" }.Select(id => new AccountFact { Id = id, Industry = "Retail" }),
    ];

    /// <summary>
    /// Interest in "sensor": m1, m2, m3, r1 (deals); in "gauge": m4 (only an interaction). Closed sensor deals: m1 won,
    /// m2 won, m3 lost, r1 lost twice; with three deals without products (r2 won, r3 and r4 lost) the tenant wins 3 of 8.
    /// </summary>
    private static MiningReport Mine(int minimumSupport) => SegmentMiner.Mine(
        Accounts,
        [
            Sensor("m1", DealStage.Won), Sensor("m2", DealStage.Won), Sensor("r1", DealStage.Lost), Sensor("r1", DealStage.Lost),
            Sensor("r2", DealStage.Won) with { Products = [] }, Sensor("r3", DealStage.Lost) with { Products = [] }, Sensor("r4", DealStage.Lost) with { Products = [] },
            new DealFact { Id = "m3-lost", AccountId = "m3", OwnerId = "A", Stage = DealStage.Lost, CreatedAt = Fixture.At("2026-01-01"), ClosedAt = Fixture.At("2026-02-01"), Products = [new ProductLine("sensor", "Sensors", 10m)] },
        ],
        [
            new InteractionFact { AccountId = "m3", Channel = InteractionChannel.Meeting, Direction = InteractionDirection.Outbound, OccurredAt = Fixture.At("2026-01-05"), ProductIds = ["sensor"] },
            new InteractionFact { AccountId = "m4", Channel = InteractionChannel.Email, Direction = InteractionDirection.Inbound, OccurredAt = Fixture.At("2026-01-06"), ProductIds = ["gauge"] },
        ],
        new Dictionary<string, RfmSegment> { ["m1"] = RfmSegment.Champions },
        minimumSupport);

    private static DealFact Sensor(string account, DealStage stage) => new()
    {
        Id = $"{account}-{Guid.NewGuid():N}",
        AccountId = account,
        OwnerId = "A",
        Stage = stage,
        CreatedAt = Fixture.At("2026-01-01"),
        ClosedAt = Fixture.At("2026-02-01"),
        Products = [new ProductLine("sensor", "Sensors", 100m)],
    };

    [Fact]
    public void Mine_Interest_GivesRateLiftAndIntervalPerSegment()
    {
        var cells = Mine(2).Interest.Where(c => c.Dimension == SegmentDimension.Industry && c.ProductId == "sensor").ToDictionary(c => c.Value);

        Assert.Equal((3, 4, 0.75, 0.5, 1.5), (cells["Manufacturing"].Successes, cells["Manufacturing"].Trials, cells["Manufacturing"].Rate, cells["Manufacturing"].BaseRate, cells["Manufacturing"].Lift));
        Assert.Equal(0.5, cells["Retail"].Lift);
        Assert.Equal(WilsonInterval.Of(3, 4), cells["Manufacturing"].Interval);
        var gauge = Mine(2).Interest.Single(c => c.ProductId == "gauge" && c.Value == "Manufacturing");
        Assert.Equal((1, 4, 0.125), (gauge.Successes, gauge.Trials, gauge.BaseRate));
    }

    [Fact]
    public void Mine_Conversion_ComparesTheSegmentsWinRateWithTheTenants()
    {
        var report = Mine(2);
        var manufacturing = report.Conversion.Single(c => c.Value == "Manufacturing" && c.ProductId == "sensor");

        Assert.Equal((2, 3, 0.375), (manufacturing.Successes, manufacturing.Trials, manufacturing.BaseRate));
        Assert.Equal(2.0 / 3 / 0.375, manufacturing.Lift!.Value, 10);
        Assert.Equal(WilsonInterval.Of(2, 3)!.Lower / 0.375, manufacturing.ConservativeLift!.Value, 10);
        Assert.DoesNotContain(report.Conversion, c => c.Dimension == SegmentDimension.RfmSegment);
        Assert.Equal(0.0, report.Conversion.Single(c => c.Value == "Retail" && c.ProductId == "sensor").Rate);
    }

    [Fact]
    public void Mine_BelowMinimumSupport_ShowsOnlyCountsAndRanksLast()
    {
        var report = Mine(3);
        var retail = report.Conversion.Single(c => c.Value == "Retail" && c.ProductId == "sensor");

        Assert.True(retail.TooFew);
        Assert.Equal((0, 2), (retail.Successes, retail.Trials));
        Assert.Null(retail.Rate);
        Assert.Null(retail.Lift);
        Assert.Null(retail.Interval);
        Assert.False(report.Conversion[0].TooFew);
        Assert.True(report.Conversion[^1].TooFew);
    }

    [Fact]
    public void Mine_OtherDimensions_CutByCountryAndRfmSegmentAndSkipUnknownValues()
    {
        var interest = Mine(1).Interest.Where(c => c.ProductId == "sensor").ToList();

        Assert.Equal(4, interest.Single(c => c.Dimension == SegmentDimension.Country && c.Value == "DE").Trials);
        Assert.Single(interest, c => c.Dimension == SegmentDimension.Country);
        Assert.Equal((1, 1), interest.Where(c => c.Dimension == SegmentDimension.RfmSegment).Select(c => (c.Successes, c.Trials)).Single());
        Assert.DoesNotContain(interest, c => c.Dimension == SegmentDimension.SizeBand);
    }

    [Fact]
    public void Mine_NothingTagged_IsEmpty()
    {
        var report = SegmentMiner.Mine(Accounts, [], []);

        Assert.Empty(report.Interest);
        Assert.Empty(report.Conversion);
    }
}
