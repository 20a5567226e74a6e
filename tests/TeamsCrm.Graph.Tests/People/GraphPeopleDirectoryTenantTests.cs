namespace TeamsCrm.Graph.Tests.People;

/// <summary>A call for a tenant other than the configured one never reaches Graph (nor asks for a token).</summary>
public sealed class GraphPeopleDirectoryTenantTests
{
    [Fact]
    public async Task FindAsync_OtherTenant_ReturnsNothingWithoutCallingGraph()
    {
        await using var graph = await GraphHarness.StartAsync();

        var found = await graph.Directory.FindAsync(GraphHarness.OtherTenantId, "Meg", 5);

        Assert.Empty(found);
        Assert.Empty(graph.Stub.Requests);
        Assert.Empty(graph.Credential.RequestedScopes);
    }

    [Fact]
    public async Task GetAsync_OtherTenant_ReturnsNullWithoutCallingGraph()
    {
        await using var graph = await GraphHarness.StartAsync();

        var person = await graph.Directory.GetAsync(GraphHarness.OtherTenantId, TestUsers.MeganId);

        Assert.Null(person);
        Assert.Empty(graph.Stub.Requests);
        Assert.Empty(graph.Credential.RequestedScopes);
    }

    [Fact]
    public async Task GetManagerAsync_OtherTenant_ReturnsNullWithoutCallingGraph()
    {
        await using var graph = await GraphHarness.StartAsync();

        var manager = await graph.Directory.GetManagerAsync(GraphHarness.OtherTenantId, TestUsers.MeganId);

        Assert.Null(manager);
        Assert.Empty(graph.Stub.Requests);
    }

    [Fact]
    public async Task GetAsync_ConfiguredTenantInUpperCase_CallsGraph()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.MeganId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));

        var person = await graph.Directory.GetAsync(GraphHarness.TenantId.ToUpperInvariant(), TestUsers.MeganId);

        Assert.Equal("Megan Bowen", person?.DisplayName);
    }

    [Fact]
    public async Task GetAsync_OtherTenantAfterConfiguredTenantCachedPerson_ReturnsNull()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.MeganId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));
        await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);

        var person = await graph.Directory.GetAsync(GraphHarness.OtherTenantId, TestUsers.MeganId);

        Assert.Null(person);
    }
}
