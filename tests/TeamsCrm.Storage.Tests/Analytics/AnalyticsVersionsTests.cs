using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Products;
using TeamsCrm.Storage.Tests.Faults;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>
/// The tenant's analytics version (<see cref="AnalyticsVersions"/>) and the kept documents it validates, on Azurite:
/// raised after each publish, never lost between two publishers, never going back, untouched by a failed publish.
/// </summary>
public sealed class AnalyticsVersionsTests
{
    private const string Tenant = "tenant-versions";

    [Fact]
    public async Task WriteMiningSummaryAsync_RaisesTheVersionAfterTheDocument_AnotherInstanceReadsTheNewOne()
    {
        var crm = await CrmTestStore.CreateAsync();
        var versions = new AnalyticsVersions(crm.Tables);
        var (reader, writer) = (new TableMiningStore(crm.Tables), new TableMiningStore(crm.Tables));
        var before = await versions.CurrentAsync(Tenant);

        await writer.WriteMiningSummaryAsync(Tenant, Summary(crm, 1));
        var first = await reader.ReadMiningSummaryAsync(Tenant);
        var afterFirst = await versions.CurrentAsync(Tenant);
        await writer.WriteMiningSummaryAsync(Tenant, Summary(crm, 2));
        var second = await reader.ReadMiningSummaryAsync(Tenant);

        Assert.Equal((0L, 1L, 2L), (before, afterFirst, await versions.CurrentAsync(Tenant)));
        Assert.Equal((1, 2), (first!.Accounts, second!.Accounts));
    }

    [Fact]
    public async Task ReadMiningSummaryAsync_VersionUnchanged_TheKeptSummaryWithoutItsHeaderUntilTheRaise()
    {
        var crm = await CrmTestStore.CreateAsync();
        var counting = new CountingFactsService(TestStorage.ConnectionString);
        var reader = new TableMiningStore(new CrmTables(counting, Options.Create(crm.Options)));
        await new TableMiningStore(crm.Tables).WriteMiningSummaryAsync(Tenant, Summary(crm, 1));
        var first = await reader.ReadMiningSummaryAsync(Tenant);
        Assert.Same(first, await reader.ReadMiningSummaryAsync(Tenant)); // the first read kept it; this one validated it against the version

        // A publish on its way: the new document is complete, its raise not yet done.
        await JsonParts.WriteAsync(crm.Tables.Facts, TableMiningStore.MiningPartition(Tenant), System.Text.Json.JsonSerializer.Serialize(Summary(crm, 2)), crm.Time.GetUtcNow(), CancellationToken.None);
        var headers = counting.PointReads("|mining");
        var kept = await reader.ReadMiningSummaryAsync(Tenant);
        var headersWhileKept = counting.PointReads("|mining") - headers;
        await new AnalyticsVersions(crm.Tables).RaiseAsync(Tenant);
        var raised = await reader.ReadMiningSummaryAsync(Tenant);

        Assert.Same(first, kept);
        Assert.Equal(0, headersWhileKept);
        Assert.Equal(2, raised!.Accounts);
    }

    [Fact]
    public async Task RaiseAsync_TwoPublishersAtOnce_NoRaiseIsLost()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (one, two) = (new AnalyticsVersions(crm.Tables), new AnalyticsVersions(crm.Tables));

        await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(_ => new[] { Task.Run(() => one.RaiseAsync(Tenant)), Task.Run(() => two.RaiseAsync(Tenant)) }));

        Assert.Equal(20, await new AnalyticsVersions(crm.Tables).CurrentAsync(Tenant));
    }

    [Fact]
    public async Task CurrentAsync_TheRowAnswersLower_NeverBelowWhatThisInstanceSaw_TheReaderKeepsTheNewerSummary()
    {
        var crm = await CrmTestStore.CreateAsync();
        var versions = new AnalyticsVersions(crm.Tables);
        var store = new TableMiningStore(crm.Tables, versions);
        await store.WriteMiningSummaryAsync(Tenant, Summary(crm, 1));
        await store.WriteMiningSummaryAsync(Tenant, Summary(crm, 2));
        var seen = await store.ReadMiningSummaryAsync(Tenant);

        // An answer older than what this instance saw (as a read that started before a raise would give).
        await crm.Tables.Facts.UpsertEntityAsync(new TableEntity(AnalyticsVersions.Partition(Tenant), AnalyticsVersions.Row) { ["Version"] = 1L }, TableUpdateMode.Replace);

        Assert.Equal(2, await versions.CurrentAsync(Tenant));
        Assert.Equal(1, await new AnalyticsVersions(crm.Tables).CurrentAsync(Tenant));
        Assert.Same(seen, await store.ReadMiningSummaryAsync(Tenant));
    }

    [Fact]
    public async Task WriteMiningSummaryAsync_PublishFails_VersionUnchanged_ReadersOnTheLastCompleteSummary_TheNextPublishSeen()
    {
        var crm = await CrmTestStore.CreateAsync();
        var reader = new TableMiningStore(crm.Tables);
        var writer = new TableMiningStore(crm.Tables);
        await writer.WriteMiningSummaryAsync(Tenant, Summary(crm, 1));
        var kept = await reader.ReadMiningSummaryAsync(Tenant);
        var crashing = new TableMiningStore(new CrmTables(new CrashingFactsService(TestStorage.ConnectionString, 0), Options.Create(crm.Options)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => crashing.WriteMiningSummaryAsync(Tenant, Summary(crm, 2)));

        Assert.Equal(1, await new AnalyticsVersions(crm.Tables).CurrentAsync(Tenant));
        Assert.Same(kept, await reader.ReadMiningSummaryAsync(Tenant));
        Assert.Equal(1, (await new TableMiningStore(crm.Tables).ReadMiningSummaryAsync(Tenant))!.Accounts);
        await writer.WriteMiningSummaryAsync(Tenant, Summary(crm, 3));
        Assert.Equal(3, (await reader.ReadMiningSummaryAsync(Tenant))!.Accounts);
    }

    [Fact]
    public async Task CurrentAsync_ReadsAtOnce_OneRequest_AReadAfterThemAsksAgain()
    {
        var crm = await CrmTestStore.CreateAsync();
        var counting = new CountingFactsService(TestStorage.ConnectionString);
        var versions = new AnalyticsVersions(new CrmTables(counting, Options.Create(crm.Options)));
        await new AnalyticsVersions(crm.Tables).RaiseAsync(Tenant);

        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => versions.CurrentAsync(Tenant)));
        var readsTogether = counting.PointReads("|version");
        await new AnalyticsVersions(crm.Tables).RaiseAsync(Tenant);
        var later = await versions.CurrentAsync(Tenant);

        Assert.Equal([1L, 1L, 1L, 1L], together);
        Assert.Equal(1, readsTogether);
        Assert.Equal((2L, 2), (later, counting.PointReads("|version")));
    }

    [Fact]
    public async Task WriteSummaryAsync_PipelineSummary_RaisesTheVersion_AnotherInstanceReadsTheNewOne()
    {
        var crm = await CrmTestStore.CreateAsync();
        var reader = new TableAnalyticsStore(crm.Tables, new TableProductCatalogStore(crm.Tables));
        var at = crm.Time.GetUtcNow();
        await crm.Analytics.WriteSummaryAsync(Tenant, PipelineSummary.From([], at));
        var first = await reader.ReadSummaryAsync(Tenant);
        await crm.Analytics.WriteSummaryAsync(Tenant, PipelineSummary.From([], at.AddMinutes(1)));

        Assert.Equal(2, await new AnalyticsVersions(crm.Tables).CurrentAsync(Tenant));
        Assert.Equal((at, at.AddMinutes(1)), (first!.ComputedAt, (await reader.ReadSummaryAsync(Tenant))!.ComputedAt));
    }

    private static MiningSummary Summary(CrmTestStore crm, int accounts) => new(crm.Time.GetUtcNow(), accounts, 0, 0, [], [], []);
}
