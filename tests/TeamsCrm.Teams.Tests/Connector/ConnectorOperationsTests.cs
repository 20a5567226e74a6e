namespace TeamsCrm.Teams.Tests.Connector;

/// <summary>Paths, escaping and payloads of the connector operations.</summary>
public sealed class ConnectorOperationsTests : IAsyncLifetime
{
    private FakeConnectorServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task ReplyToActivityAsync_ThreadIdAndSlash_EscapesPathSegments()
    {
        using var context = new ConnectorTestContext(_fake);

        await context.Client.ReplyToActivityAsync(_fake.ServiceUrl, "19:abc@thread.tacv2;messageid=1", "1/../x?y", MessageFactory.Text("hi"));

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1/activities/1%2F..%2Fx%3Fy", request.RawTarget);
        Assert.Contains("\"text\":\"hi\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteActivityAsync_Ok_UsesDelete()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(new ScriptedResponse(200));

        var result = await context.Client.DeleteActivityAsync(_fake.ServiceUrl, "a:1", "9");

        Assert.True(result.Value);
        Assert.Equal(("DELETE", "/amer/v3/conversations/a%3A1/activities/9"), (_fake.Requests.Single().Method, _fake.Requests.Single().RawTarget));
    }

    [Fact]
    public async Task GetMemberAsync_RestPayload_ReadsObjectIdRoleUpnEmailTenant()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(new ScriptedResponse(200, "{\"id\":\"29:1pat\",\"name\":\"Pat\",\"objectId\":\"oid-6\",\"userRole\":\"user\",\"userPrincipalName\":\"pat#EXT#@contoso.example\",\"email\":\"pat@fabrikam.example\",\"tenantId\":\"t1\"}"));

        var result = await context.Client.GetMemberAsync(_fake.ServiceUrl, "19:team@thread.tacv2", "29:1pat");

        Assert.Equal("oid-6", result.Value!.AadObjectId);
        Assert.Equal("user", result.Value.UserRole);
        Assert.Equal("pat#EXT#@contoso.example", result.Value.UserPrincipalName);
        Assert.Equal("pat@fabrikam.example", result.Value.Email);
        Assert.Equal("t1", result.Value.TenantId);
        Assert.Equal("/amer/v3/conversations/19%3Ateam%40thread.tacv2/members/29%3A1pat", _fake.Requests.Single().RawTarget);
    }

    [Fact]
    public async Task GetPagedMembersAsync_SmallPageAndToken_ClampsAndEscapes()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(new ScriptedResponse(200, "{\"continuationToken\":\"next\",\"members\":[{\"id\":\"29:1\",\"aadObjectId\":\"a1\"}]}"));

        var result = await context.Client.GetPagedMembersAsync(_fake.ServiceUrl, "a:1", 10, "tok+/=");

        Assert.Equal("next", result.Value!.ContinuationToken);
        Assert.Equal("a1", Assert.Single(result.Value.Members).AadObjectId);
        Assert.Equal("/amer/v3/conversations/a%3A1/pagedmembers?pageSize=50&continuationToken=tok%2B%2F%3D", _fake.Requests.Single().RawTarget);
    }

    [Fact]
    public async Task GetTeamDetailsAndChannels_Ok_Parsed()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(
            new ScriptedResponse(200, "{\"id\":\"19:t@thread.tacv2\",\"name\":\"Sales\",\"aadGroupId\":\"g1\",\"channelCount\":2,\"memberCount\":6,\"type\":\"standard\"}"),
            new ScriptedResponse(200, "{\"conversations\":[{\"id\":\"19:t@thread.tacv2\",\"name\":null},{\"id\":\"19:c@thread.tacv2\",\"name\":\"Contoso\"}]}"));

        var team = await context.Client.GetTeamDetailsAsync(_fake.ServiceUrl, "19:t@thread.tacv2");
        var channels = await context.Client.GetChannelsAsync(_fake.ServiceUrl, "19:t@thread.tacv2");

        Assert.Equal(("Sales", "g1", 6), (team.Value!.Name, team.Value.AadGroupId, team.Value.MemberCount));
        Assert.Equal([null, "Contoso"], channels.Value!.Conversations.Select(c => c.Name));
        Assert.EndsWith("/v3/teams/19%3At%40thread.tacv2/conversations", _fake.Requests.Last().RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConversationAsync_Personal_PostsProactiveShape()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(new ScriptedResponse(201, "{\"id\":\"a:new\",\"activityId\":\"1\",\"serviceUrl\":\"x\"}"));

        var result = await context.Client.CreateConversationAsync(_fake.ServiceUrl, new TeamsCrm.Teams.Connector.ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:1user" }],
            TenantId = "t1",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "t1" } },
        });

        Assert.Equal("a:new", result.Value!.Id);
        var request = _fake.Requests.Single();
        Assert.Equal("/amer/v3/conversations", request.RawTarget);
        Assert.Equal("{\"isGroup\":false,\"bot\":{\"id\":\"28:bot\"},\"members\":[{\"id\":\"29:1user\"}],\"tenantId\":\"t1\",\"channelData\":{\"tenant\":{\"id\":\"t1\"}}}", request.Body);
    }
}
