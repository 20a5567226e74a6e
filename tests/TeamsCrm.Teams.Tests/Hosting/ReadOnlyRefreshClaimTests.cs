namespace TeamsCrm.Teams.Tests.Hosting;

/// <summary>
/// The trigger of a card action is client-supplied: only an automatic refresh of a verb the app registered as read-only
/// skips the delivery claim; a write redelivered with trigger "automatic" still runs once.
/// </summary>
public sealed class ReadOnlyRefreshClaimTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    private const string Refresh = "card.refresh";
    private const string AddComment = "comment.add";

    [Fact]
    public async Task Post_RedeliveredCommentWithAutomaticTrigger_OneEffect()
    {
        await using var host = await StartAsync(registerReadOnly: true);
        var activity = TestActivities.CardAction(AddComment, id: "f:comment-1", trigger: "automatic");

        using var first = await host.PostAsync(activity, Token);
        using var second = await host.PostAsync(activity, Token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal([AddComment], host.Effects);
        Assert.Equal(2, host.Deduplicator.Attempts);
    }

    [Theory]
    [InlineData(Refresh, "automatic", true, 2, 0)]
    [InlineData(Refresh, "manual", true, 1, 2)]
    [InlineData(Refresh, "automatic", false, 1, 2)]
    [InlineData(AddComment, "manual", true, 1, 2)]
    public async Task Post_DeliveredTwice_OnlyRegisteredAutomaticRefreshSkipsTheClaim(string verb, string trigger, bool registered, int runs, int claims)
    {
        await using var host = await StartAsync(registerReadOnly: registered);
        var activity = TestActivities.CardAction(verb, id: $"f:{verb}-{trigger}-{registered}", trigger: trigger);

        using var first = await host.PostAsync(activity, Token);
        using var second = await host.PostAsync(activity, Token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(Enumerable.Repeat(verb, runs), host.Effects);
        Assert.Equal(claims, host.Deduplicator.Attempts);
    }

    [Theory]
    [InlineData("composeExtension/query", true, 2, 0)]
    [InlineData("composeExtension/query", false, 1, 2)]
    [InlineData("composeExtension/submitAction", true, 1, 2)]
    public async Task Post_InvokeDeliveredTwice_OnlyARegisteredReadOnlyInvokeSkipsTheClaim(string name, bool registered, int runs, int claims)
    {
        await using var host = await StartAsync(registerReadOnly: registered);
        var activity = TestActivities.CardAction(Refresh, id: $"f:{name}-{registered}");
        activity["name"] = name;

        using var first = await host.PostAsync(activity, Token);
        using var second = await host.PostAsync(activity, Token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(Enumerable.Repeat(name, runs), host.Effects);
        Assert.Equal(claims, host.Deduplicator.Attempts);
    }

    [Fact]
    public void AddBotReadOnlyInvokes_EmptyOrCardActionName_Throws()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddBotReadOnlyInvokes("composeExtension/query", " "));
        Assert.Throws<ArgumentException>(() => services.AddBotReadOnlyInvokes(InvokeNames.AdaptiveCardAction));
    }

    [Fact]
    public void AddBotReadOnlyCardVerbs_EmptyVerb_Throws()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddBotReadOnlyCardVerbs(Refresh, " "));
    }

    private string Token => BotTestHost.Bearer(TestTokens.Channel(fixture.Server.TeamsKey));

    private Task<BotTestHost> StartAsync(bool registerReadOnly) =>
        BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server), configureServices: services =>
        {
            if (registerReadOnly)
            {
                services.AddBotReadOnlyCardVerbs(Refresh);
                services.AddBotReadOnlyInvokes("composeExtension/query");
            }

            services.AddBotRoutes((routes, sp) =>
            {
                var effects = sp.GetRequiredService<BotTestHostState>().Effects;
                routes.OnAdaptiveCardAction(Refresh, (_, _) => Record(effects, Refresh))
                    .OnAdaptiveCardAction(AddComment, (_, _) => Record(effects, AddComment))
                    .OnComposeExtensionQuery((_, _) => Record(effects, "composeExtension/query"))
                    .OnInvoke("composeExtension/submitAction", (_, _) => Record(effects, "composeExtension/submitAction"));
            });
        });

    private static Task<InvokeResponse> Record(System.Collections.Concurrent.ConcurrentQueue<string> effects, string verb)
    {
        effects.Enqueue(verb);
        return Task.FromResult(AdaptiveCardResponses.Card(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" }));
    }
}
