using System.Text.Json.Nodes;

namespace TeamsCrm.Graph.Tests.Context;

/// <summary>Graph trouble is never the user's trouble: every failure gives a degraded answer, never an exception.</summary>
public sealed class GraphPeopleContextTroubleTests
{
    private static readonly string Megan = TestUsers.MeganId;

    [Fact]
    public async Task GetAsync_ThrottledWithRetryAfter_RetriesTheBatchOnce()
    {
        await using var graph = await ContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        graph.Stub.OnBatch(StubResponse.Throttled(1), StubResponse.Batch);

        var context = await graph.Source.GetAsync(ContextHarness.Request([Megan], [Megan]));

        Assert.False(context.IsDegraded);
        Assert.Equal("Marketing Manager", Assert.Single(context.People).JobTitle);
        Assert.Equal(2, graph.Stub.RoundTrips.Count);
        Assert.Equal("1", graph.Stub.RoundTrips[1].Headers["Retry-Attempt"]);
    }

    [Fact]
    public async Task GetAsync_RetryAfterBeyondTheLimit_DegradedWithoutWaiting()
    {
        await using var graph = await ContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        graph.Stub.OnBatch(StubResponse.Throttled(60));

        var context = await graph.Source.GetAsync(ContextHarness.Request([Megan], [Megan]));

        Assert.True(context.IsDegraded);
        Assert.Empty(context.People);
        Assert.Single(graph.Stub.RoundTrips);
    }

    [Fact]
    public async Task GetAsync_Unavailable_DegradedAfterBoundedRetries()
    {
        await using var graph = await ContextHarness.StartAsync(o => o.MaxRetries = 1);
        graph.Stub.OnBatch(new StubResponse(503, GraphPayloads.Error("serviceNotAvailable", "Service unavailable.")) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "0" } });

        var context = await graph.Source.GetAsync(ContextHarness.Request([Megan], [Megan]));

        Assert.True(context.IsDegraded);
        Assert.Equal(2, graph.Stub.RoundTrips.Count);
    }

    [Fact]
    public async Task GetAsync_GraphHangs_DegradedAtTheContextTimeout()
    {
        await using var graph = await ContextHarness.StartAsync(o => o.ContextTimeout = TimeSpan.FromMilliseconds(300), realTime: true);
        ContextStubRoutes.Megan(graph.Stub);
        graph.Stub.OnBatch(StubResponse.Batch with { Delay = TimeSpan.FromSeconds(30) });

        var context = await graph.Source.GetAsync(ContextHarness.Request([Megan], [Megan]));

        Assert.True(context.IsDegraded);
        Assert.Empty(context.People);
    }

    [Fact]
    public async Task GetAsync_MalformedBatch_Degraded()
    {
        await using var graph = await ContextHarness.StartAsync();
        graph.Stub.OnBatch(StubResponse.Ok(new JsonObject { ["unexpected"] = "shape" }));

        var context = await graph.Source.GetAsync(ContextHarness.Request([Megan], [Megan]));

        Assert.True(context.IsDegraded);
        Assert.Empty(context.People);
    }

    [Fact]
    public async Task GetAsync_MalformedStep_DegradesOnlyThatPart()
    {
        await using var graph = await ContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        graph.Stub.On($"/users/{Megan}/calendarView", StubResponse.Ok(JsonValue.Create("<html><body>502 Bad Gateway</body></html>")));

        var context = await graph.Source.GetAsync(ContextHarness.Request([Megan], [Megan]));

        Assert.True(context.IsDegraded);
        Assert.Equal("Marketing Manager", Assert.Single(context.People).JobTitle);
        Assert.Empty(context.Meetings);
    }

    [Fact]
    public async Task GetAsync_Failed_NothingCachedSoTheNextCardAsksAgain()
    {
        await using var graph = await ContextHarness.StartAsync(o => o.MaxRetries = 0);
        ContextStubRoutes.Megan(graph.Stub);
        graph.Stub.OnBatch(StubResponse.Unavailable(), StubResponse.Batch);
        var request = ContextHarness.Request([Megan], [Megan]);

        Assert.True((await graph.Source.GetAsync(request)).IsDegraded);
        var again = await graph.Source.GetAsync(request);

        Assert.False(again.IsDegraded);
        Assert.Equal(2, graph.Stub.RoundTrips.Count);
    }
}
