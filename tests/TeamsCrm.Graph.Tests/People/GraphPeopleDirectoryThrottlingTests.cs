using System.Diagnostics;
using Microsoft.Graph.Models.ODataErrors;

namespace TeamsCrm.Graph.Tests.People;

/// <summary>Graph's 429 with Retry-After goes through the SDK's retry handler, bounded so a bot turn never hangs.</summary>
public sealed class GraphPeopleDirectoryThrottlingTests
{
    [Fact]
    public async Task GetAsync_ThrottledOnceWithRetryAfter_WaitsAndRetries()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On(
            $"/users/{TestUsers.MeganId}",
            StubResponse.Throttled(retryAfterSeconds: 1),
            StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));
        var clock = Stopwatch.StartNew();

        var person = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);

        Assert.Equal("Megan Bowen", person?.DisplayName);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}, before Retry-After");
        Assert.Equal(2, graph.Stub.Requests.Count);
        Assert.Equal("1", graph.Stub.Requests[1].Headers.GetValueOrDefault("Retry-Attempt"));
    }

    [Fact]
    public async Task GetAsync_RetryAfterBeyondRetriesTimeLimit_RaisesThrottlingAtOnce()
    {
        await using var graph = await GraphHarness.StartAsync(o => o.RetriesTimeLimit = TimeSpan.FromSeconds(5));
        graph.Stub.On($"/users/{TestUsers.MeganId}", StubResponse.Throttled(retryAfterSeconds: 120));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId));

        Assert.Equal(429, error.ResponseStatusCode);
        Assert.Equal("TooManyRequests", error.Error?.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Single(graph.Stub.Requests);
    }

    [Fact]
    public async Task GetAsync_AlwaysThrottled_RaisesThrottlingAfterMaxRetries()
    {
        await using var graph = await GraphHarness.StartAsync(o => o.MaxRetries = 2);
        graph.Stub.On($"/users/{TestUsers.MeganId}", StubResponse.Throttled(retryAfterSeconds: 0));

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId));

        Assert.Equal(429, error.ResponseStatusCode);
        Assert.Equal(3, graph.Stub.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_ServiceUnavailableOnce_Retries()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On(
            $"/users/{TestUsers.MeganId}",
            new StubResponse(503, GraphPayloads.Error("serviceNotAvailable", "Service unavailable."), new Dictionary<string, string> { ["Retry-After"] = "0" }),
            StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));

        var person = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);

        Assert.Equal("Megan Bowen", person?.DisplayName);
        Assert.Equal(2, graph.Stub.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_AfterThrottlingError_IsNotCachedAndAsksGraphAgain()
    {
        await using var graph = await GraphHarness.StartAsync(o => o.MaxRetries = 0);
        graph.Stub.On(
            $"/users/{TestUsers.MeganId}",
            StubResponse.Throttled(retryAfterSeconds: 0),
            StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));

        await Assert.ThrowsAsync<ODataError>(() => graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId));
        var person = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);

        Assert.Equal("Megan Bowen", person?.DisplayName);
        Assert.Equal(2, graph.Stub.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_GraphHangs_GivesUpAfterRequestTimeout()
    {
        await using var graph = await GraphHarness.StartAsync(o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));
        graph.Stub.On($"/users/{TestUsers.MeganId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)) with { Delay = TimeSpan.FromSeconds(30) });
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task GetAsync_CallerCancels_StopsWaiting()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.MeganId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)) with { Delay = TimeSpan.FromSeconds(30) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId, cancellation.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
