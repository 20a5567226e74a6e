namespace TeamsCrm.Teams.Tests.Connector;

/// <summary>Defence in depth: the real connector client never acquires a token for, nor calls, a serviceUrl outside the allow-list.</summary>
public sealed class ConnectorServiceUrlTests : IAsyncLifetime
{
    private FakeConnectorServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task SendToConversationAsync_LoopbackWithoutSwitch_NoTokenNoRequest()
    {
        using var context = new ConnectorTestContext(_fake, allowLoopback: false);

        var result = await context.Client.SendToConversationAsync(_fake.ServiceUrl, "a:1", MessageFactory.Text("hi"));

        Assert.Equal((ConnectorOutcome.Failed, ServiceUrlAllowList.RefusedErrorCode), (result.Outcome, result.ErrorCode));
        Assert.Equal(0, _fake.TokenRequests);
        Assert.Empty(_fake.Requests);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/teams/")]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    public async Task GetMemberAsync_ForeignServiceUrl_NoTokenAcquired(string serviceUrl)
    {
        using var context = new ConnectorTestContext(_fake);

        var result = await context.Client.GetMemberAsync(serviceUrl, "a:1", "29:1");

        Assert.Equal(ServiceUrlAllowList.RefusedErrorCode, result.ErrorCode);
        Assert.Equal(0, _fake.TokenRequests);
    }

    [Fact]
    public async Task SendToConversationAsync_LoopbackWithSwitch_Sent()
    {
        using var context = new ConnectorTestContext(_fake, allowLoopback: true);

        var result = await context.Client.SendToConversationAsync(_fake.ServiceUrl, "a:1", MessageFactory.Text("hi"));

        Assert.True(result.Succeeded);
        Assert.Equal(1, _fake.TokenRequests);
        Assert.Single(_fake.Requests);
    }
}
