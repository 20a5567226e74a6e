namespace TeamsCrm.Graph.Tests.People;

public sealed class GraphPeopleDirectoryGetTests
{
    private const string Select = "id,displayName,mail,userPrincipalName,jobTitle,department,userType,externalUserState";

    [Fact]
    public async Task GetAsync_Member_SendsSelectWithBearerTokenAndMapsPerson()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.MeganId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));

        var person = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);

        Assert.NotNull(person);
        Assert.Equal(TestUsers.MeganId, person.UserId);
        Assert.Equal("Megan Bowen", person.DisplayName);
        Assert.Equal("megan.bowen@contoso.example", person.Email);
        Assert.Equal("megan.bowen@contoso.example", person.UserPrincipalName);
        Assert.Equal("Marketing Manager", person.JobTitle);
        Assert.Equal("Marketing", person.Department);
        Assert.False(person.IsGuest);
        var request = Assert.Single(graph.Stub.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v1.0/users/{TestUsers.MeganId}", request.Path);
        Assert.Equal(Select, request.QueryValue("$select"));
        Assert.Equal($"Bearer {FakeTokenCredential.Token}", request.Authorization);
    }

    [Fact]
    public async Task GetAsync_Member_AsksTokenForGraphDefaultScopeOfConfiguredHost()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.MeganId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));

        await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);

        var scopes = Assert.Single(graph.Credential.RequestedScopes);
        Assert.Equal([$"{graph.Stub.BaseUrl.GetLeftPart(UriPartial.Authority)}/.default"], scopes);
    }

    [Fact]
    public async Task GetAsync_GuestWithAllSignals_IsGuest()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.PatId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Pat)));

        var person = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.PatId);

        Assert.NotNull(person);
        Assert.True(person.IsGuest);
        Assert.Equal("pat.reyes_fabrikampartners.example#EXT#@contoso.example", person.UserPrincipalName);
    }

    [Theory]
    [InlineData("Guest", "pat.reyes@contoso.example", null)]
    [InlineData("Member", "pat.reyes_fabrikampartners.example#EXT#@contoso.example", null)]
    [InlineData("Member", "pat.reyes@contoso.example", "PendingAcceptance")]
    [InlineData("Member", "pat.reyes@contoso.example", "Accepted")]
    [InlineData(null, "pat.reyes@contoso.example", null)]
    public async Task GetAsync_OneGuestSignalAlone_IsGuest(string? userType, string userPrincipalName, string? externalUserState)
    {
        await using var graph = await GraphHarness.StartAsync();
        var user = GraphPayloads.User(TestUsers.PatId, "Pat Reyes", "pat.reyes@fabrikampartners.example", userPrincipalName, userType: userType, externalUserState: externalUserState);
        graph.Stub.On($"/users/{TestUsers.PatId}", StubResponse.Ok(GraphPayloads.Entity(user)));

        var person = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.PatId);

        Assert.NotNull(person);
        Assert.True(person.IsGuest);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.UnknownId}", StubResponse.NotFound(TestUsers.UnknownId));

        var person = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.UnknownId);

        Assert.Null(person);
        Assert.Single(graph.Stub.Requests);
    }

    [Theory]
    [InlineData("megan.bowen@contoso.example")]
    [InlineData("../me")]
    [InlineData("")]
    public async Task GetAsync_NotAnObjectId_ReturnsNullWithoutCallingGraph(string userId)
    {
        await using var graph = await GraphHarness.StartAsync();

        var person = await graph.Directory.GetAsync(GraphHarness.TenantId, userId);

        Assert.Null(person);
        Assert.Empty(graph.Stub.Requests);
    }

    [Fact]
    public async Task GetAsync_PermissionNotGranted_RaisesGraphsErrorAndCachesNothing()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On(
            $"/users/{TestUsers.MeganId}",
            new StubResponse(403, GraphPayloads.Error("Authorization_RequestDenied", "Insufficient privileges to complete the operation.")),
            StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));

        var error = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() => graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId));
        var person = await graph.Directory.GetAsync(GraphHarness.TenantId, TestUsers.MeganId);

        Assert.Equal(403, error.ResponseStatusCode);
        Assert.Equal("Authorization_RequestDenied", error.Error?.Code);
        Assert.Equal("Megan Bowen", person?.DisplayName);
        Assert.Equal(2, graph.Stub.Requests.Count);
    }
}
