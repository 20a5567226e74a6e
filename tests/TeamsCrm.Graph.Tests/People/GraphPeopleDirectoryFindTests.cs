namespace TeamsCrm.Graph.Tests.People;

public sealed class GraphPeopleDirectoryFindTests
{
    [Fact]
    public async Task FindAsync_Prefix_SendsStartsWithFilterSelectTopAndBearerToken()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On("/users", StubResponse.Ok(GraphPayloads.Collection(TestUsers.Megan)));

        await graph.Directory.FindAsync(GraphHarness.TenantId, "Meg", 5);

        var request = Assert.Single(graph.Stub.Requests);
        Assert.Equal("/v1.0/users", request.Path);
        Assert.Equal(
            "startswith(displayName,'Meg') or startswith(givenName,'Meg') or startswith(surname,'Meg') or startswith(mail,'Meg')",
            request.QueryValue("$filter"));
        Assert.Equal("id,displayName,mail,userPrincipalName,jobTitle,department,userType,externalUserState", request.QueryValue("$select"));
        Assert.Equal("5", request.QueryValue("$top"));
        Assert.Equal($"Bearer {FakeTokenCredential.Token}", request.Authorization);
        Assert.False(request.Headers.ContainsKey("ConsistencyLevel"), "plain startswith filters need no advanced query");
        Assert.Null(request.QueryValue("$search"));
    }

    [Fact]
    public async Task FindAsync_Prefix_ReturnsDisplayNameMatchesFirst()
    {
        await using var graph = await GraphHarness.StartAsync();
        var byMail = GraphPayloads.User("4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e10", "Adele Vance", "lu.adele@contoso.example", "adele@contoso.example");
        graph.Stub.On("/users", StubResponse.Ok(GraphPayloads.Collection(byMail, TestUsers.Lukas)));

        var found = await graph.Directory.FindAsync(GraphHarness.TenantId, "lu", 10);

        Assert.Equal(["Lukas Schneider", "Adele Vance"], found.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task FindAsync_NameWithApostrophe_DoublesTheQuoteInTheLiteral()
    {
        await using var graph = await GraphHarness.StartAsync();
        var brien = GraphPayloads.User("4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e11", "Conor O'Brien", "conor.obrien@contoso.example", "conor.obrien@contoso.example");
        graph.Stub.On("/users", StubResponse.Ok(GraphPayloads.Collection(brien)));

        var found = await graph.Directory.FindAsync(GraphHarness.TenantId, "O'Brien", 5);

        Assert.Equal("Conor O'Brien", Assert.Single(found).DisplayName);
        var filter = Assert.Single(graph.Stub.Requests).QueryValue("$filter");
        Assert.Equal(
            "startswith(displayName,'O''Brien') or startswith(givenName,'O''Brien') or startswith(surname,'O''Brien') or startswith(mail,'O''Brien')",
            filter);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task FindAsync_BlankQuery_ReturnsNothingWithoutCallingGraph(string query)
    {
        await using var graph = await GraphHarness.StartAsync();

        var found = await graph.Directory.FindAsync(GraphHarness.TenantId, query, 5);

        Assert.Empty(found);
        Assert.Empty(graph.Stub.Requests);
    }

    [Fact]
    public async Task FindAsync_TakeAboveGraphsPageLimit_AsksForAtMost999()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On("/users", StubResponse.Ok(GraphPayloads.Collection()));

        await graph.Directory.FindAsync(GraphHarness.TenantId, "a", 5000);

        Assert.Equal("999", Assert.Single(graph.Stub.Requests).QueryValue("$top"));
    }

    [Fact]
    public async Task FindAsync_GuestInResults_IsGuest()
    {
        await using var graph = await GraphHarness.StartAsync();
        graph.Stub.On("/users", StubResponse.Ok(GraphPayloads.Collection(TestUsers.Pat)));

        var found = await graph.Directory.FindAsync(GraphHarness.TenantId, "Pat", 5);

        Assert.True(Assert.Single(found).IsGuest);
    }
}
