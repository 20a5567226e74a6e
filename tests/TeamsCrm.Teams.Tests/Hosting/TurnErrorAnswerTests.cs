namespace TeamsCrm.Teams.Tests.Hosting;

/// <summary>A failed or overdue turn is answered by the app's <see cref="ITurnErrorHandler"/>, whatever failed.</summary>
public sealed class TurnErrorAnswerTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    private string Token => BotTestHost.Bearer(TestTokens.Channel(fixture.Server.TeamsKey));

    private Task<BotTestHost> StartAsync(Action<BotRoutes> routes, IActivityDeduplicator? deduplicator = null)
    {
        var values = BotTestHost.Settings(fixture.Server);
        values["Bot:InvokeTimeout"] = "00:00:01";
        values["Bot:AcknowledgeAfter"] = "00:00:01";
        return BotTestHost.StartAsync(values, configureServices: services =>
        {
            services.RemoveAll<BotRouteRegistration>();
            services.AddBotRoutes((r, _) => routes(r));
            services.AddSingleton<ITurnErrorHandler, TryAgain>();
            if (deduplicator is not null)
            {
                services.Replace(ServiceDescriptor.Singleton(deduplicator));
            }
        });
    }

    [Fact]
    public async Task Post_InvokeHandlerThrows_ErrorHandlerAnswers()
    {
        await using var host = await StartAsync(routes => routes.OnTaskFetch((_, _) => throw new InvalidOperationException("boom")));

        using var response = await host.PostAsync(TestActivities.Invoke("task/fetch", null), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("try again (InvalidOperationException)", await MessageOfAsync(response));
    }

    [Fact]
    public async Task Post_InvokeTurnOutlastsInvokeTimeout_ErrorHandlerAnswers()
    {
        await using var host = await StartAsync(routes => routes.OnTaskFetch(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return InvokeResponse.Ok();
        }));

        using var response = await host.PostAsync(TestActivities.Invoke("task/fetch", null), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("try again", await MessageOfAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DeliveryClaimHangs_InvokeAnsweredAndHandlerNotRun()
    {
        var ran = false;
        await using var host = await StartAsync(
            routes => routes.OnTaskFetch((_, _) =>
            {
                ran = true;
                return Task.FromResult(InvokeResponse.Ok());
            }),
            new UnreachableStore(hang: true));

        using var response = await host.PostAsync(TestActivities.Invoke("task/fetch", null), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("try again", await MessageOfAsync(response), StringComparison.Ordinal);
        Assert.False(ran);
    }

    [Fact]
    public async Task Post_DeliveryClaimFails_MessageGetsTryAgainReply()
    {
        await using var host = await StartAsync(routes => routes.OnMessage((_, _) => Task.CompletedTask), new UnreachableStore(hang: false));

        using var response = await host.PostAsync(TestActivities.Message("show contoso"), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (operation, _, reply) = Assert.Single(host.Connector.Calls);
        Assert.Equal("reply", operation);
        Assert.Equal("try again (InvalidOperationException)", reply!.Text);
    }

    private static async Task<string?> MessageOfAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["type"]?.GetValue<string>() == ContentTypes.ActivityMessage ? body["value"]?.GetValue<string>() : body.ToJsonString();
    }

    /// <summary>Answers like the CRM's handler does, naming the failure so tests can tell which one reached it.</summary>
    private sealed class TryAgain : ITurnErrorHandler
    {
        public async Task<InvokeResponse?> OnTurnErrorAsync(TurnContext context, Exception exception, CancellationToken cancellationToken)
        {
            var text = $"try again ({exception.GetType().Name})";
            if (context.Activity.Type == ActivityTypes.Invoke)
            {
                return AdaptiveCardResponses.Message(text);
            }

            await context.SendTextAsync(text, cancellationToken);
            return null;
        }
    }

    /// <summary>Delivery claims against a store that is down: refused at once, or never answered.</summary>
    private sealed class UnreachableStore(bool hang) : IActivityDeduplicator
    {
        public async Task<bool> TryClaimAsync(string tenantId, string key, TimeSpan timeToLive, CancellationToken cancellationToken = default)
        {
            if (hang)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            throw new InvalidOperationException("storage unreachable");
        }

        public Task ReleaseAsync(string tenantId, string key, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
