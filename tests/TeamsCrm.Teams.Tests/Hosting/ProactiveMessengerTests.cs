namespace TeamsCrm.Teams.Tests.Hosting;

public sealed class ProactiveMessengerTests
{
    private readonly RecordingConnector _connector = new();
    private readonly InMemoryReferenceStore _references = new();
    private readonly ProactiveMessenger _messenger;

    public ProactiveMessengerTests() => _messenger = Messenger("https://smba.trafficmanager.net/teams/");

    private ProactiveMessenger Messenger(string proactiveServiceUrl)
    {
        var options = Options.Create(new BotOptions { AppId = TestTokens.AppId, ProactiveServiceUrl = proactiveServiceUrl });
        return new ProactiveMessenger(_connector, _references, options, new ServiceUrlAllowList(options), NullLogger<ProactiveMessenger>.Instance);
    }

    private static ConversationReference Personal => new()
    {
        ServiceUrl = TestTokens.ServiceUrl,
        ConversationId = TestActivities.PersonalConversationId,
        TenantId = TestTokens.TenantId,
        ConversationType = "personal",
        BotId = TestActivities.BotId,
        UserAadObjectId = TestActivities.UserAadObjectId,
    };

    [Fact]
    public async Task SendToUserAsync_StoredPersonalChat_SendsThere()
    {
        await _references.UpsertAsync(Personal);

        var result = await _messenger.SendToUserAsync(TestTokens.TenantId, TestActivities.UserAadObjectId, MessageFactory.Text("Deal handed to you"));

        Assert.True(result.Succeeded);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("send", TestActivities.PersonalConversationId), (call.Operation, call.ConversationId));
        Assert.Equal(new SentActivity(TestTokens.TenantId, TestTokens.ServiceUrl, TestActivities.PersonalConversationId, "sent-1"), result.Value);
    }

    [Fact]
    public async Task SendToUserAsync_NoStoredChat_CreatesConversationThenSends()
    {
        var result = await _messenger.SendToUserAsync(TestTokens.TenantId, "29:1adele-vance", MessageFactory.Text("Deal handed to you"));

        Assert.True(result.Succeeded);
        Assert.Equal(["create", "send"], _connector.Calls.Select(c => c.Operation));
        Assert.Equal("a:new-conversation", _connector.Calls.Last().ConversationId);
        Assert.Equal(new SentActivity(TestTokens.TenantId, "https://smba.trafficmanager.net/teams/", "a:new-conversation", "sent-1"), result.Value);
    }

    [Fact]
    public async Task SendToUserAsync_Failed_NoLocation()
    {
        await _references.UpsertAsync(Personal);
        _connector.NextOutcome = ConnectorOutcome.Failed;

        var result = await _messenger.SendToUserAsync(TestTokens.TenantId, TestActivities.UserAadObjectId, MessageFactory.Text("x"));

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task UpdateAsync_SentActivity_ReplacesItInItsConversation()
    {
        var sent = new SentActivity(TestTokens.TenantId, TestTokens.ServiceUrl, TestActivities.PersonalConversationId, "1700000000001");

        var result = await _messenger.UpdateAsync(sent, MessageFactory.Text("answered"));

        Assert.True(result.Succeeded);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("update", TestActivities.PersonalConversationId, "1700000000001"), (call.Operation, call.ConversationId, call.Activity!.Id));
        Assert.Equal(TestActivities.BotId, call.Activity.From!.Id);
    }

    [Fact]
    public async Task UpdateAsync_ConnectorSaysBlocked_MarksReferenceUnusable()
    {
        await _references.UpsertAsync(Personal);
        _connector.NextOutcome = ConnectorOutcome.Blocked;
        _connector.NextErrorCode = "MessageWritesBlocked";

        var result = await _messenger.UpdateAsync(new SentActivity(TestTokens.TenantId, TestTokens.ServiceUrl, TestActivities.PersonalConversationId, "1"), MessageFactory.Text("x"));

        Assert.Equal(ConnectorOutcome.Blocked, result.Outcome);
        Assert.True((await _references.GetIfExistsAsync(TestTokens.TenantId, TestActivities.PersonalConversationId))!.Unusable);
    }

    [Fact]
    public async Task SendAsync_UnusableReference_BlockedWithoutCall()
    {
        var result = await _messenger.SendAsync(Personal with { Unusable = true, UnusableReason = "MessageWritesBlocked" }, MessageFactory.Text("x"));

        Assert.Equal(ConnectorOutcome.Blocked, result.Outcome);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task SendAsync_ConnectorSaysBlocked_MarksReferenceUnusable()
    {
        await _references.UpsertAsync(Personal);
        _connector.NextOutcome = ConnectorOutcome.Blocked;
        _connector.NextErrorCode = "BotDisabledByAdmin";

        var result = await _messenger.SendAsync(Personal, MessageFactory.Text("x"));

        Assert.Equal(ConnectorOutcome.Blocked, result.Outcome);
        Assert.Equal("BotDisabledByAdmin", (await _references.GetIfExistsAsync(TestTokens.TenantId, TestActivities.PersonalConversationId))!.UnusableReason);
    }

    [Fact]
    public async Task SendToUserAsync_StoredChatOfForeignServiceUrl_RefusedWithoutConnectorCall()
    {
        await _references.UpsertAsync(Personal with { ServiceUrl = "https://attacker.example/" });

        var result = await _messenger.SendToUserAsync(TestTokens.TenantId, TestActivities.UserAadObjectId, MessageFactory.Text("Deal handed to you"));

        Assert.Equal((ConnectorOutcome.Failed, ServiceUrlAllowList.RefusedErrorCode), (result.Outcome, result.ErrorCode));
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task SendToUserAsync_ConfiguredProactiveServiceUrlNotAllowed_NoConversationCreated()
    {
        var messenger = Messenger("https://attacker.example/teams/");

        var result = await messenger.SendToUserAsync(TestTokens.TenantId, "29:1adele-vance", MessageFactory.Text("Deal handed to you"));

        Assert.Equal(ServiceUrlAllowList.RefusedErrorCode, result.ErrorCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task SendToUserAsync_GroupChatOfForeignServiceUrl_NotAskedForTheMember()
    {
        await _references.UpsertAsync(Personal with { ConversationId = "19:group@thread.v2", ConversationType = "groupChat", ServiceUrl = "https://attacker.example/" });

        var result = await _messenger.SendToUserAsync(TestTokens.TenantId, "29:1adele-vance", MessageFactory.Text("Deal handed to you"));

        Assert.True(result.Succeeded);
        Assert.Equal(["create", "send"], _connector.Calls.Select(c => c.Operation));
    }

    [Fact]
    public async Task UpdateAsync_SentActivityOfForeignServiceUrl_Refused()
    {
        var sent = new SentActivity(TestTokens.TenantId, "https://smba.trafficmanager.net.attacker.example/", TestActivities.PersonalConversationId, "1");

        var result = await _messenger.UpdateAsync(sent, MessageFactory.Text("updated"));

        Assert.Equal(ServiceUrlAllowList.RefusedErrorCode, result.ErrorCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task CreateChannelThreadAsync_ChannelOfForeignServiceUrl_Refused()
    {
        var channel = Personal with { ConversationId = "19:sales@thread.tacv2", ConversationType = "channel", ServiceUrl = "http://smba.trafficmanager.net/teams/" };

        var result = await _messenger.CreateChannelThreadAsync(channel, "19:sales@thread.tacv2", MessageFactory.Text("thread"));

        Assert.Equal(ServiceUrlAllowList.RefusedErrorCode, result.ErrorCode);
        Assert.Empty(_connector.Calls);
    }
}
