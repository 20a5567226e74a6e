namespace TeamsCrm.Teams.Tests.Routing;

public sealed class BotRouterTests
{
    [Fact]
    public void Add_DuplicateName_Throws()
    {
        var routes = new BotRoutes().OnMessage((_, _) => Task.CompletedTask);

        var error = Assert.Throws<InvalidOperationException>(() => routes.OnMessage((_, _) => Task.CompletedTask));

        Assert.Contains("'message'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddInvoke_DuplicateVerb_Throws()
    {
        var routes = new BotRoutes().OnAdaptiveCardAction("help", (_, _) => Task.FromResult(InvokeResponse.Ok()));

        Assert.Throws<InvalidOperationException>(() => routes.OnAdaptiveCardAction("help", (_, _) => Task.FromResult(InvokeResponse.Ok())));
    }

    [Fact]
    public void Names_InvokeRoutes_UseInvokeSlashName()
    {
        var routes = new BotRoutes().OnTaskFetch((_, _) => Task.FromResult(InvokeResponse.Ok()))
            .OnAdaptiveCardAction("help", (_, _) => Task.FromResult(InvokeResponse.Ok()));

        Assert.Equal(["invoke/task/fetch", "invoke/adaptiveCard/action/help"], routes.Names);
    }

    [Fact]
    public async Task DispatchAsync_VerbRouteAndGenericRoute_PrefersVerb()
    {
        var routes = new BotRoutes()
            .OnAdaptiveCardAction(null, (_, _) => Task.FromResult(new InvokeResponse(299)))
            .OnAdaptiveCardAction("help", (_, _) => Task.FromResult(new InvokeResponse(298)));
        var router = new BotRouter(routes);

        var help = await router.DispatchAsync(Context(TestActivities.CardAction("help").ToJsonString()));
        var other = await router.DispatchAsync(Context(TestActivities.CardAction("other").ToJsonString()));

        Assert.Equal(298, help!.Status);
        Assert.Equal(299, other!.Status);
    }

    [Theory]
    [InlineData("installationUpdate", "add", true)]
    [InlineData("installationUpdate", "add-upgrade", true)]
    [InlineData("installationUpdate", "remove", false)]
    [InlineData("message", null, false)]
    public void IsInstall_ByTypeAndAction_Detected(string type, string? action, bool expected)
    {
        var activity = new Activity { Type = type, Action = action };

        Assert.Equal(expected, BotRouter.IsInstall(activity));
    }

    [Fact]
    public void GetRouteNames_OtherMemberAdded_NoInstall()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Recipient = new ChannelAccount { Id = TestActivities.BotId },
            MembersAdded = [new ChannelAccount { Id = "29:1new-colleague" }],
        };

        Assert.Equal(["conversationUpdate"], BotRouter.GetRouteNames(activity));
    }

    private static TurnContext Context(string json) =>
        new(JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!, new RecordingConnector(), new InMemoryReferenceStore(), EmptyServices.Instance);
}
