using System.Text.Json;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Analytics.Synthetic;
using TeamsCrm.Analytics.Tests.Synthetic;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Analytics.Tests.Mining;

public sealed class MiningSummaryTests(SyntheticTenantFixture fixture, ITestOutputHelper output) : IClassFixture<SyntheticTenantFixture>
{
    private static readonly AccountFact[] Accounts =
    [
        new() { Id = "m1", Industry = "Manufacturing", Country = "DE" },
        new() { Id = "m2", Industry = "Manufacturing", Country = "DE" },
        new() { Id = "r1", Industry = "Retail", Country = "CH" },
        new() { Id = "r2", Industry = "Retail" },
    ];

    private static readonly Product[] Catalog = [Product("sensor", "Sensor Pro"), Product("gauge", "Gauge"), Product("valve", "Valve")];

    /// <summary>
    /// Sensor: m1 two closed deals (won, lost) and one open, m2 won, r1 an interaction only; gauge: r2 lost (one deal
    /// carrying gauge twice: counted once); a deal at an account without facts ("x") carries sensor. Valve: nobody.
    /// </summary>
    private static readonly DealFact[] Deals =
    [
        Deal("m1", DealStage.Won, "sensor"), Deal("m1", DealStage.Lost, "sensor"), Deal("m1", DealStage.Proposal, "sensor"),
        Deal("m2", DealStage.Won, "sensor"), Deal("r2", DealStage.Lost, "gauge", "gauge"), Deal("x", DealStage.Won, "sensor"),
    ];

    private static readonly InteractionFact[] Interactions =
    [
        new() { AccountId = "r1", Channel = InteractionChannel.Phone, Direction = InteractionDirection.Inbound, OccurredAt = Fixture.At("2026-01-05"), ProductIds = ["sensor"] },
    ];

    private static readonly Dictionary<string, RfmSegment> Rfm = new() { ["m1"] = RfmSegment.Champions, ["m2"] = RfmSegment.New, ["r1"] = RfmSegment.Prospect, ["r2"] = RfmSegment.Prospect };

    private SyntheticTenant Tenant => fixture.Tenant;

    [Fact]
    public void From_SmallTenant_CountsAccountsDealsAndCellsByHand()
    {
        var summary = MiningSummary.From(Accounts, Deals, Interactions, Rfm, Catalog, Fixture.At("2026-03-01"));

        Assert.Equal((4, 5, 3), (summary.Accounts, summary.ClosedDeals, summary.WonDeals));
        Assert.Equal(0.6, summary.TenantWinRate);
        Assert.Equal(
            [("gauge", "Gauge", true, 1, 1, 0), ("sensor", "Sensor Pro", true, 3, 4, 3), ("valve", "Valve", false, 0, 0, 0)],
            summary.Products.Select(p => (p.ProductId, p.Name, p.Discussed, p.InterestedAccounts, p.ClosedDeals, p.WonDeals)));
        var cells = summary.Cells.ToDictionary(c => (c.Dimension, c.Value, c.ProductId), c => (c.Interested, c.Closed, c.Won));
        Assert.Equal((2, 3, 2), cells[(SegmentDimension.Industry, "Manufacturing", "sensor")]);
        Assert.Equal((1, 0, 0), cells[(SegmentDimension.Industry, "Retail", "sensor")]);
        Assert.Equal((1, 1, 0), cells[(SegmentDimension.Industry, "Retail", "gauge")]);
        Assert.Equal((1, 0, 0), cells[(SegmentDimension.RfmSegment, "Champions", "sensor")]);
        Assert.Equal((1, 0, 0), cells[(SegmentDimension.Country, "CH", "sensor")]);
        Assert.DoesNotContain(cells.Keys, k => k.ProductId == "valve");
        Assert.Equal([(SegmentDimension.Country, "CH", 1), (SegmentDimension.Country, "DE", 2)], summary.Segments.Where(s => s.Dimension == SegmentDimension.Country).Select(s => (s.Dimension, s.Value, s.Accounts)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Report_SmallTenant_EqualsTheMinersReport(int minimumSupport)
    {
        var summary = MiningSummary.From(Accounts, Deals, Interactions, Rfm, Catalog, Fixture.At("2026-03-01"));

        var expected = SegmentMiner.Mine(Accounts, Deals, Interactions, Rfm, minimumSupport);
        var actual = summary.Report(minimumSupport);

        Assert.Equal(expected.Interest, actual.Interest);
        Assert.Equal(expected.Conversion, actual.Conversion);
        Assert.Equal(minimumSupport, actual.MinimumSupport);
    }

    [Fact]
    public void Report_SyntheticTenantAfterJsonRoundTrip_EqualsTheMinersReportAndFindsThePlantedEffect()
    {
        var rfm = RfmScorer.Score(Tenant.AccountFacts, Tenant.Deals, Tenant.AsOf, SyntheticTenantFixture.Rates).ToDictionary(s => s.AccountId, s => s.Segment);
        var catalog = Tenant.Catalog.Select(p => Product(p.Id, p.Name));
        var stored = JsonSerializer.Serialize(MiningSummary.From(Tenant.AccountFacts, Tenant.Deals, Tenant.Interactions, rfm, catalog, Tenant.AsOf));
        var summary = JsonSerializer.Deserialize<MiningSummary>(stored)!;

        var expected = SegmentMiner.Mine(Tenant.AccountFacts, Tenant.Deals, Tenant.Interactions, rfm);
        var actual = summary.Report();

        output.WriteLine($"mining summary: {summary.Cells.Count} cells, {summary.Segments.Count} segments, {summary.Products.Count} products, {stored.Length:N0} characters of JSON");
        Assert.Equal(expected.Interest, actual.Interest);
        Assert.Equal(expected.Conversion, actual.Conversion);
        Assert.Equal((SegmentDimension.Industry, Tenant.Truth.PlantedIndustry, Tenant.Truth.PlantedProductId), (actual.Interest[0].Dimension, actual.Interest[0].Value, actual.Interest[0].ProductId));
    }

    [Fact]
    public void Report_FilteredByDimensionAndProduct_KeepsTheFullReportsOrder()
    {
        var rfm = RfmScorer.Score(Tenant.AccountFacts, Tenant.Deals, Tenant.AsOf, SyntheticTenantFixture.Rates).ToDictionary(s => s.AccountId, s => s.Segment);
        var summary = MiningSummary.From(Tenant.AccountFacts, Tenant.Deals, Tenant.Interactions, rfm, [], Tenant.AsOf);
        var product = Tenant.Truth.PlantedProductId;

        var full = summary.Report();
        var filtered = summary.Report(dimension: SegmentDimension.Country, productId: product);

        Assert.Equal(full.Interest.Where(c => c.Dimension == SegmentDimension.Country && c.ProductId == product), filtered.Interest);
        Assert.Equal(full.Conversion.Where(c => c.Dimension == SegmentDimension.Country && c.ProductId == product), filtered.Conversion);
        Assert.NotEmpty(filtered.Interest);
    }

    [Fact]
    public void From_NoFacts_HasNoCellsAndNoWinRate()
    {
        var summary = MiningSummary.From([], [], [], null, Catalog, Fixture.At("2026-03-01"));

        Assert.Null(summary.TenantWinRate);
        Assert.Empty(summary.Cells);
        Assert.All(summary.Products, p => Assert.False(p.Discussed));
        Assert.Empty(summary.Report().Interest);
    }

    private static Product Product(string id, string name) => new() { Id = id, Name = name, Family = "Family", UpdatedAt = Fixture.At("2026-01-01") };

    private static DealFact Deal(string account, DealStage stage, params string[] products) => new()
    {
        Id = $"{account}-{stage}-{string.Join('-', products)}",
        AccountId = account,
        OwnerId = "A",
        Stage = stage,
        CreatedAt = Fixture.At("2026-01-01"),
        ClosedAt = stage is DealStage.Won or DealStage.Lost ? Fixture.At("2026-02-01") : null,
        Products = [.. products.Select(p => new ProductLine(p, "Family", 100m))],
    };
}
