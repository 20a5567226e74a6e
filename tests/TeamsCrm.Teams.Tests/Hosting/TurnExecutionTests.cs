namespace TeamsCrm.Teams.Tests.Hosting;

/// <summary>How a turn runs: early acknowledgement, failures, body limits.</summary>
public sealed class TurnExecutionTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    private string Token => BotTestHost.Bearer(TestTokens.Channel(fixture.Server.TeamsKey));

    private Task<BotTestHost> StartAsync(Action<BotRoutes> routes, Action<Dictionary<string, string?>>? settings = null)
    {
        var values = BotTestHost.Settings(fixture.Server);
        settings?.Invoke(values);
        return BotTestHost.StartAsync(values, configureServices: services =>
        {
            services.RemoveAll<BotRouteRegistration>();
            services.AddBotRoutes((r, _) => routes(r));
        });
    }

    [Fact]
    public async Task Post_SlowMessageTurn_AcknowledgedWhileTurnContinues()
    {
        var release = new TaskCompletionSource();
        var finished = new TaskCompletionSource();
        await using var host = await StartAsync(
            routes => routes.OnMessage(async (context, ct) =>
            {
                await release.Task.WaitAsync(ct);
                finished.SetResult();
            }),
            settings => settings["Bot:AcknowledgeAfter"] = "00:00:00.200");

        using var response = await host.PostAsync(TestActivities.Message("slow"), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(finished.Task.IsCompleted);
        release.SetResult();
        await finished.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Post_InvokeHandlerThrows_Returns500AndReleasesDeliveryClaim()
    {
        var calls = 0;
        await using var host = await StartAsync(routes => routes.OnTaskFetch((_, _) =>
        {
            Interlocked.Increment(ref calls);
            throw new InvalidOperationException("boom");
        }));
        var activity = TestActivities.Invoke("task/fetch", null, id: "retry-me");

        using var first = await host.PostAsync(activity, Token);
        using var redelivery = await host.PostAsync(activity, Token);

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, redelivery.StatusCode);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413WithoutSideEffect()
    {
        await using var host = await StartAsync(routes => routes.OnMessage((_, _) => Task.CompletedTask),
            settings => settings["Bot:MaxRequestBodyBytes"] = "2048");

        using var response = await host.PostAsync(TestActivities.Message(new string('x', 4096)), Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, host.SideEffects);
    }
}
