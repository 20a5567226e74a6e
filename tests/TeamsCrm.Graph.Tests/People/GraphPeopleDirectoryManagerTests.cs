namespace TeamsCrm.Graph.Tests.People;

public sealed class GraphPeopleDirectoryManagerTests
{
    [Fact]
    public async Task GetManagerAsync_ManagerSet_ReturnsManager()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.MeganId}/manager", StubResponse.Ok(GraphPayloads.Manager(TestUsers.Lukas)));

        var manager = await graph.Directory.GetManagerAsync(GraphHarness.TenantId, TestUsers.MeganId);

        Assert.NotNull(manager);
        Assert.Equal(TestUsers.LukasId, manager.UserId);
        Assert.Equal("Lukas Schneider", manager.DisplayName);
        Assert.Equal("Head of Sales", manager.JobTitle);
        Assert.False(manager.IsGuest);
        var request = Assert.Single(graph.Stub.Requests);
        Assert.Equal($"/v1.0/users/{TestUsers.MeganId}/manager", request.Path);
        Assert.Equal("id,displayName,mail,userPrincipalName,jobTitle,department,userType,externalUserState", request.QueryValue("$select"));
        Assert.Equal($"Bearer {FakeTokenCredential.Token}", request.Authorization);
    }

    [Fact]
    public async Task GetManagerAsync_NoManager_ReturnsNull()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.LukasId}/manager", StubResponse.NotFound("manager"));

        var manager = await graph.Directory.GetManagerAsync(GraphHarness.TenantId, TestUsers.LukasId);

        Assert.Null(manager);
        Assert.Single(graph.Stub.Requests);
    }

    [Fact]
    public async Task GetManagerAsync_ThenGetManagerAsPerson_CallsGraphOnce()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.MeganId}/manager", StubResponse.Ok(GraphPayloads.Manager(TestUsers.Lukas)));

        await graph.Directory.GetManagerAsync(GraphHarness.TenantId, TestUsers.MeganId);
        var again = await graph.Directory.GetManagerAsync(GraphHarness.TenantId, TestUsers.MeganId);
        var lukas = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.LukasId);

        Assert.Equal(TestUsers.LukasId, again?.UserId);
        Assert.Equal("Lukas Schneider", lukas?.DisplayName);
        Assert.Single(graph.Stub.Requests);
    }

    [Fact]
    public async Task GetManagerAsync_ManagerIsAnOrganisationalContact_ReturnsNull()
    {
        await using var graph = await GraphHarness.StartAsync();
        var contact = new System.Text.Json.Nodes.JsonObject
        {
            ["@odata.context"] = $"{GraphPayloads.Context}#directoryObjects/$entity",
            ["@odata.type"] = "#microsoft.graph.orgContact",
            ["id"] = "5e6f7a8b-0000-4000-8000-00000000c0c0",
            ["displayName"] = "Outside Advisor",
        };
        graph.Stub.On($"/users/{TestUsers.MeganId}/manager", StubResponse.Ok(contact));

        var manager = await graph.Directory.GetManagerAsync(GraphHarness.TenantId, TestUsers.MeganId);

        Assert.Null(manager);
    }
}
