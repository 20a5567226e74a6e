namespace TeamsCrm.Teams.Tests.Connector;

/// <summary>Retry, idempotency, token and error behaviour of the connector client against a loopback fake connector.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Conversation = "a:1personal-chat-megan";
    private FakeConnectorServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task SendToConversationAsync_429Twice_RetriesWithExponentialBackoffAndJitter()
    {
        using var context = new ConnectorTestContext(_fake);
        context.Jitter.Enqueue(0.0);
        context.Jitter.Enqueue(1.0);
        _fake.Enqueue(new ScriptedResponse(429), new ScriptedResponse(429));

        var result = await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("hi"));

        Assert.True(result.Succeeded);
        Assert.Equal("ok", result.Value!.Id);
        Assert.Equal(3, _fake.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(4.8)], context.Delays);
    }

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfter_WaitsRetryAfter()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(new ScriptedResponse(429, RetryAfter: "7"));

        var result = await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("hi"));

        Assert.True(result.Succeeded);
        Assert.Equal([TimeSpan.FromSeconds(7)], context.Delays);
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterBeyondMaxDelay_ThrottledWithoutRetry()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(new ScriptedResponse(429, RetryAfter: "120"));

        var result = await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("hi"));

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Single(_fake.Requests);
        Assert.Empty(context.Delays);
    }

    [Fact]
    public async Task SendToConversationAsync_429BeyondMaxRetries_Throttled()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(new ScriptedResponse(429), new ScriptedResponse(429), new ScriptedResponse(429), new ScriptedResponse(429), new ScriptedResponse(201, "{\"id\":\"late\"}"));

        var result = await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("hi"));

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal(4, _fake.Requests.Count);
        Assert.Equal(3, context.Delays.Count);
    }

    [Fact]
    public async Task ReplyToActivityAsync_412_Retried()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(ScriptedResponse.Error(412, "PreconditionFailed"));

        var result = await context.Client.ReplyToActivityAsync(_fake.ServiceUrl, Conversation, "1", MessageFactory.Text("hi"));

        Assert.True(result.Succeeded);
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    public async Task SendToConversationAsync_GatewayError_NotRepeatedAndAmbiguous(int status)
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(new ScriptedResponse(status));

        var result = await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("hi"));

        Assert.Equal(ConnectorOutcome.Ambiguous, result.Outcome);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task CreateConversationAsync_ConnectionDropped_NotRepeatedAndAmbiguous()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(ScriptedResponse.Dropped);

        var result = await context.Client.CreateConversationAsync(_fake.ServiceUrl, new ConversationParameters { TenantId = "t" });

        Assert.Equal(ConnectorOutcome.Ambiguous, result.Outcome);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task UpdateActivityAsync_502ThenDropped_RetriedBecauseIdempotent()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(new ScriptedResponse(502), ScriptedResponse.Dropped);

        var result = await context.Client.UpdateActivityAsync(_fake.ServiceUrl, Conversation, "1", MessageFactory.Text("edited"));

        Assert.True(result.Succeeded);
        Assert.Equal(3, _fake.Requests.Count);
        Assert.All(_fake.Requests, r => Assert.Equal("PUT", r.Method));
    }

    [Theory]
    [InlineData("MessageWritesBlocked")]
    [InlineData("BotDisabledByAdmin")]
    public async Task SendToConversationAsync_403Blocked_SurfacedAsBlocked(string code)
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(ScriptedResponse.Error(403, code));

        var result = await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("hi"));

        Assert.Equal(ConnectorOutcome.Blocked, result.Outcome);
        Assert.Equal(code, result.ErrorCode);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_Other403_FailedNotBlocked()
    {
        using var context = new ConnectorTestContext(_fake);
        _fake.Enqueue(ScriptedResponse.Error(403, "Forbidden"));

        var result = await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("hi"));

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
    }

    [Fact]
    public async Task SendToConversationAsync_TwoCalls_TokenFetchedOnceAndSent()
    {
        using var context = new ConnectorTestContext(_fake);

        await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("1"));
        await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("2"));

        Assert.Equal(1, _fake.TokenRequests);
        Assert.All(_fake.Requests, r => Assert.Equal("Bearer tok-1", r.Authorization));
    }

    [Fact]
    public async Task SendToConversationAsync_TokenNearExpiry_RefreshedEarly()
    {
        using var context = new ConnectorTestContext(_fake);
        await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("1"));

        context.Time.Advance(TimeSpan.FromMinutes(54));
        await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("2"));
        context.Time.Advance(TimeSpan.FromMinutes(2));
        await context.Client.SendToConversationAsync(_fake.ServiceUrl, Conversation, MessageFactory.Text("3"));

        Assert.Equal(2, _fake.TokenRequests);
        Assert.Equal(["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"], _fake.Requests.Select(r => r.Authorization));
    }

    [Theory]
    [InlineData(BotAppType.SingleTenant, "/" + TestTokens.TenantId + "/oauth2/v2.0/token")]
    [InlineData(BotAppType.MultiTenant, "/botframework.com/oauth2/v2.0/token")]
    public async Task GetTokenAsync_AppType_UsesTenantAuthorityAndBotFrameworkScope(BotAppType appType, string path)
    {
        using var context = new ConnectorTestContext(_fake, appType);

        Assert.Equal("tok-1", await context.Tokens.GetTokenAsync());

        Assert.Equal(path, Assert.Single(_fake.TokenPaths));
        var form = Assert.Single(_fake.TokenForms);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Equal(TestTokens.AppId, form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
    }
}
