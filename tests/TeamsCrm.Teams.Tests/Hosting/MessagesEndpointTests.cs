namespace TeamsCrm.Teams.Tests.Hosting;

/// <summary>The HTTP contract of POST /api/messages with a valid token.</summary>
public sealed class MessagesEndpointTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    private string Token => BotTestHost.Bearer(TestTokens.Channel(fixture.Server.TeamsKey));

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"id\":\"1\",\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"\"}")]
    public async Task Post_MalformedBodyOrMissingType_Returns400WithoutSideEffect(string body)
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));

        using var response = await host.PostRawAsync(body, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, host.SideEffects);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Request_OtherMethod_Returns405(string method)
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));

        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/messages");
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(0, host.SideEffects);
    }

    [Fact]
    public async Task Post_Message_Returns200AndRepliesInThread()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));

        using var response = await host.PostAsync(TestActivities.Message("hello", id: "msg-1"), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(host.Connector.Calls);
        Assert.Equal("reply", call.Operation);
        Assert.Equal("echo: hello", call.Activity!.Text);
        Assert.Equal("msg-1", call.Activity.ReplyToId);
        Assert.Equal(TestActivities.BotId, call.Activity.From!.Id);
    }

    [Fact]
    public async Task Post_UnhandledInvoke_Returns501()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));

        using var response = await host.PostAsync(TestActivities.Invoke("composeExtension/query", new JsonObject { ["commandId"] = "search" }), Token);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_CardActionWithUnregisteredVerb_Returns501()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));

        using var response = await host.PostAsync(TestActivities.CardAction("unknown-verb"), Token);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(host.Effects);
    }

    [Fact]
    public async Task Post_CardActionWithVerb_ReturnsCardInvokeResponse()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));

        using var response = await host.PostAsync(TestActivities.CardAction("help"), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("1.5", body.RootElement.GetProperty("value").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Post_UnknownActivityTypeAndFields_Returns200AndRunsNoHandler()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));
        var activity = TestActivities.Message();
        activity["type"] = "futureType";
        activity["someNewField"] = new JsonObject { ["x"] = 1 };

        using var response = await host.PostAsync(activity, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Effects);
    }

    [Fact]
    public async Task Post_SameActivityThreeTimes_OneEffect()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));
        var activity = TestActivities.Message("once", id: "dup-1");

        for (var i = 0; i < 3; i++)
        {
            using var response = await host.PostAsync(activity, Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(["message:once"], host.Effects);
        Assert.Single(host.Connector.Calls);
    }

    [Fact]
    public async Task Post_SameCardActionClickedTwice_OneEffect()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));
        var click = TestActivities.CardAction("help", id: "click-1");

        using var first = await host.PostAsync(click, Token);
        using var second = await host.PostAsync(click, Token);

        Assert.Equal(["help-card"], host.Effects);
        Assert.Equal(2, host.Deduplicator.Attempts);
    }

    [Fact]
    public async Task Post_AutomaticRefreshOfReadOnlyVerbDeliveredTwice_AnsweredBothTimesWithoutADeliveryClaim()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server), configureServices: services => services.AddBotReadOnlyCardVerbs("help"));
        var refresh = TestActivities.CardAction("help", id: "refresh-1");
        refresh["value"]!["trigger"] = "automatic";

        using var first = await host.PostAsync(refresh, Token);
        using var second = await host.PostAsync(refresh, Token);

        Assert.Equal(["help-card", "help-card"], host.Effects);
        Assert.Equal(0, host.Deduplicator.Attempts);
    }

    [Fact]
    public async Task Post_InstallAndBotAdded_InstallRouteForBoth()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));

        using var first = await host.PostAsync(TestActivities.Install(), Token);
        using var second = await host.PostAsync(TestActivities.BotAdded(), Token);

        Assert.Equal(["install:installationUpdate", "install:conversationUpdate"], host.Effects);
        var reference = await host.References.GetIfExistsAsync(TestTokens.TenantId, TestActivities.PersonalConversationId);
        Assert.NotNull(reference);
        Assert.Equal(TestTokens.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(TestActivities.UserAadObjectId, reference.UserAadObjectId);
        Assert.Equal(TestActivities.BotId, reference.BotId);
    }

    [Fact]
    public async Task Post_BotAddedToTeam_StoresChannelReferenceWithTeam()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));
        var activity = TestActivities.BotAdded();
        activity["conversation"] = new JsonObject { ["id"] = "19:sales-team@thread.tacv2", ["conversationType"] = "channel", ["isGroup"] = true };
        activity["channelData"] = new JsonObject
        {
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = TestTokens.TenantId },
            ["team"] = new JsonObject { ["id"] = "19:sales-team@thread.tacv2", ["name"] = "Sales" },
            ["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = "19:sales-team@thread.tacv2" } },
        };

        using var response = await host.PostAsync(activity, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["install:conversationUpdate"], host.Effects);
        var reference = await host.References.GetIfExistsAsync(TestTokens.TenantId, "19:sales-team@thread.tacv2");
        Assert.Equal(("channel", "19:sales-team@thread.tacv2"), (reference!.ConversationType, reference.TeamId));
    }

    [Fact]
    public async Task Post_ChannelThreadMessage_ReferenceStoredForChannel()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));
        var activity = TestActivities.Message("<at>CRM</at> hi");
        activity["conversation"] = new JsonObject { ["id"] = "19:contoso@thread.tacv2;messageid=1700", ["conversationType"] = "channel", ["isGroup"] = true };

        using var response = await host.PostAsync(activity, Token);

        Assert.NotNull(await host.References.GetIfExistsAsync(TestTokens.TenantId, "19:contoso@thread.tacv2"));
        Assert.Equal("19:contoso@thread.tacv2;messageid=1700", Assert.Single(host.Connector.Calls).ConversationId);
    }

    [Fact]
    public async Task Post_Uninstall_MarksReferenceUnusable()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));
        using var install = await host.PostAsync(TestActivities.Install(), Token);

        using var remove = await host.PostAsync(TestActivities.Install("remove"), Token);

        var reference = await host.References.GetIfExistsAsync(TestTokens.TenantId, TestActivities.PersonalConversationId);
        Assert.True(reference!.Unusable);
    }

    [Fact]
    public async Task Post_ReplyBlocked_MarksConversationUnusable()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));
        host.Connector.NextOutcome = TeamsCrm.Teams.Connector.ConnectorOutcome.Blocked;
        host.Connector.NextErrorCode = "MessageWritesBlocked";

        using var response = await host.PostAsync(TestActivities.Message("anyone there?"), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reference = await host.References.GetIfExistsAsync(TestTokens.TenantId, TestActivities.PersonalConversationId);
        Assert.True(reference!.Unusable);
        Assert.Equal("MessageWritesBlocked", reference.UnusableReason);
    }
}
