using TeamsCrm.Analytics.Mining;
using TeamsCrm.Storage.Analytics;

namespace TeamsCrm.Storage.Tests.Analytics;

public sealed class MiningInsightsServiceTests
{
    [Fact]
    public async Task GetAsync_AfterTheRefreshRound_AnswersTheStoredCountsWithRatesLiftAndIntervals()
    {
        var s = await MiningScenario.CreateAsync("tenant-mining");
        var services = new CustomerServices(s.Crm);

        Assert.Equal(1, await services.Refresher.RefreshDueAsync());
        var stored = (await services.MiningStore.ReadMiningSummaryAsync("tenant-mining"))!;
        var answer = (await services.Mining.GetAsync(s.Megan, new MiningQuery(SegmentDimension.Industry))).Value!;

        Assert.Equal(s.Crm.Time.GetUtcNow(), answer.ComputedAt);
        Assert.Equal((20, 12, 7), (answer.Accounts, answer.ClosedDeals, answer.WonDeals));
        Assert.Equal(["Gauge", "Sensor Pro", "Valve"], answer.Products.Select(p => p.Name));
        var sensor = answer.Products.Single(p => p.ProductId == s.SensorId);
        Assert.Equal((12, 0.6, 12, 7), (sensor.InterestedAccounts, sensor.InterestBase, sensor.ClosedDeals, sensor.WonDeals));
        var makers = sensor.Interest[0];
        Assert.Equal(("Manufacturing", 10, 10, 1.0 / 0.6), (makers.Value, makers.Successes, makers.Trials, makers.Lift!.Value));
        Assert.True(makers.ExceedsBase);
        var converting = sensor.Conversion[0];
        Assert.Equal(("Manufacturing", 7, 10, 7.0 / 12), (converting.Value, converting.Successes, converting.Trials, converting.BaseRate!.Value));
        var shops = sensor.Conversion.Single(c => c.Value == "Retail");
        Assert.Equal((0, 2, true), (shops.Successes, shops.Trials, shops.TooFew));
        var gauge = answer.Products.Single(p => p.ProductId == s.GaugeId).Interest.Single(c => c.Value == "Retail");
        Assert.Equal((1, 10), (gauge.Successes, gauge.Trials));
        Assert.Empty(answer.Products.Single(p => p.ProductId == s.ValveId).Interest);
        Assert.Equal(stored.Report(dimension: SegmentDimension.Industry, productId: s.SensorId).Interest, sensor.Interest);
    }

    [Fact]
    public async Task GetAsync_GuestStrangerAndBadFilters_ForbiddenNothingOrInvalid()
    {
        var s = await MiningScenario.CreateAsync("tenant-mining-access");
        var services = new CustomerServices(s.Crm);

        var guest = await services.Mining.GetAsync(s.Guest, new MiningQuery());
        var stranger = (await services.Mining.GetAsync(s.Stranger, new MiningQuery())).Value!;
        var unknown = await services.Mining.GetAsync(s.Megan, new MiningQuery(ProductId: "no-such-product"));
        var rfmConversion = await services.Mining.GetAsync(s.Megan, new MiningQuery(SegmentDimension.RfmSegment, Kind: MiningKind.Conversion));
        var interestOnly = (await services.Mining.GetAsync(s.Megan, new MiningQuery(ProductId: s.SensorId, Kind: MiningKind.Interest))).Value!;

        Assert.Equal(CrmErrorKind.Forbidden, guest.Error!.Kind);
        Assert.Empty(stranger.Products);
        Assert.Equal(0, stranger.Accounts);
        Assert.Equal(("product", ErrorCodes.UnknownProduct), (unknown.Error!.Fields.Single().Field, unknown.Error.Fields.Single().Code));
        Assert.Equal(("kind", ErrorCodes.NoRfmConversion), (rfmConversion.Error!.Fields.Single().Field, rfmConversion.Error.Fields.Single().Code));
        var sensor = Assert.Single(interestOnly.Products);
        Assert.NotEmpty(sensor.Interest);
        Assert.Empty(sensor.Conversion);
    }

    [Fact]
    public async Task GetAsync_BeforeTheFirstRefresh_ComputesFromTheFactsAndStoresIt()
    {
        var s = await MiningScenario.CreateAsync("tenant-mining-first");
        var services = new CustomerServices(s.Crm);
        Assert.Null(await services.MiningStore.ReadMiningSummaryAsync("tenant-mining-first"));

        var answer = (await services.Mining.GetAsync(s.Megan, new MiningQuery())).Value!;
        var stored = await services.MiningStore.ReadMiningSummaryAsync("tenant-mining-first");

        Assert.Equal(20, answer.Accounts);
        Assert.NotNull(stored);
        Assert.Equal(answer.ComputedAt, stored.ComputedAt);
    }

    [Fact]
    public async Task ReadMiningSummaryAsync_AnotherInstanceWroteSince_ReadsTheNewOneElseTheKeptOne()
    {
        var crm = await CrmTestStore.CreateAsync();
        var reader = new TableMiningStore(crm.Tables);
        var writer = new TableMiningStore(crm.Tables);
        var first = new MiningSummary(crm.Time.GetUtcNow(), 1, 0, 0, [], [], []);
        await writer.WriteMiningSummaryAsync("tenant-mining-kept", first);

        var read = await reader.ReadMiningSummaryAsync("tenant-mining-kept");
        var again = await reader.ReadMiningSummaryAsync("tenant-mining-kept");
        await writer.WriteMiningSummaryAsync("tenant-mining-kept", first with { ComputedAt = first.ComputedAt.AddMinutes(1), Accounts = 2 });
        var after = await reader.ReadMiningSummaryAsync("tenant-mining-kept");

        Assert.Equal(1, read!.Accounts);
        Assert.Same(read, again);
        Assert.Equal(2, after!.Accounts);
    }
}
