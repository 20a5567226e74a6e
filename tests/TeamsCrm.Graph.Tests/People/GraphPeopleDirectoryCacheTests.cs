namespace TeamsCrm.Graph.Tests.People;

public sealed class GraphPeopleDirectoryCacheTests
{
    [Fact]
    public async Task GetAsync_SecondLookup_DoesNotCallGraph()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.MeganId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));

        await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);
        var second = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId.ToUpperInvariant());

        Assert.Equal("Megan Bowen", second?.DisplayName);
        Assert.Single(graph.Stub.Requests);
    }

    [Fact]
    public async Task GetAsync_UnknownIdTwice_CallsGraphOnce()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.UnknownId}", StubResponse.NotFound(TestUsers.UnknownId));

        await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.UnknownId);
        var second = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.UnknownId);

        Assert.Null(second);
        Assert.Single(graph.Stub.Requests);
    }

    [Fact]
    public async Task GetAsync_AfterCacheDuration_CallsGraphAgain()
    {
        await using var graph = await GraphHarness.StartAsync(o => o.CacheDuration = TimeSpan.FromMinutes(5));
        graph.Stub.On($"/users/{TestUsers.MeganId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));

        await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);
        graph.Time.Advance(TimeSpan.FromMinutes(4));
        await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);
        Assert.Single(graph.Stub.Requests);

        graph.Time.Advance(TimeSpan.FromMinutes(1));
        await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);
        Assert.Equal(2, graph.Stub.Requests.Count);
    }

    [Fact]
    public async Task FindAsync_SameQueryTwice_CallsGraphOnce()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On("/users", StubResponse.Ok(GraphPayloads.Collection(TestUsers.Megan)));

        await graph.Directory.FindAsync(GraphHarness.TenantId, "meg", 5);
        var second = await graph.Directory.FindAsync(GraphHarness.TenantId, "MEG ", 5);

        Assert.Equal("Megan Bowen", Assert.Single(second).DisplayName);
        Assert.Single(graph.Stub.Requests);
    }

    [Fact]
    public async Task FindAsync_ThenGetFoundPerson_DoesNotCallGraphAgain()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On("/users", StubResponse.Ok(GraphPayloads.Collection(TestUsers.Megan, TestUsers.Pat)));

        await graph.Directory.FindAsync(GraphHarness.TenantId, "M", 5);
        var pat = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.PatId);

        Assert.True(pat?.IsGuest);
        Assert.Single(graph.Stub.Requests);
    }
}
