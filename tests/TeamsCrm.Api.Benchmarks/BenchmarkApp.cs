namespace TeamsCrm.Api.Benchmarks;

/// <summary>
/// The real app (Release) as a child process on loopback, with a loopback Entra that issues and publishes the tokens
/// it validates and a loopback channel, as every mode of the harness starts it (its own tables: <c>tablePrefix</c>).
/// </summary>
internal sealed class BenchmarkApp : IAsyncDisposable
{
    private const string ClientId = "3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b";
    private const string ApplicationIdUri = "api://crm.benchmark/" + ClientId;

    private readonly ChannelTokens _channelTokens;
    private readonly LoopbackChannel _channel;

    private BenchmarkApp(LoopbackEntra entra, ChannelTokens channelTokens, LoopbackChannel channel, AppProcess app) =>
        (Entra, _channelTokens, _channel, App) = (entra, channelTokens, channel, app);

    public LoopbackEntra Entra { get; }

    public AppProcess App { get; }

    /// <summary>The loopback Bot Connector: every activity the app sent (the bot's replies).</summary>
    public LoopbackChannel Channel => _channel;

    /// <summary>"Bearer …" as the Bot Connector signs the activities it posts to /api/messages (the Connector reuses one for about an hour).</summary>
    public string ChannelAuthorization() => _channelTokens.Authorization(AppProcess.AppId, _channel.ServiceUrl);

    /// <summary>Starts the app and waits until it answers /health; <paramref name="settings"/> adds configuration (environment variables).</summary>
    public static async Task<BenchmarkApp> StartAsync(string storage, string tablePrefix, IReadOnlyDictionary<string, string>? settings = null)
    {
        var entra = await LoopbackEntra.StartAsync();
        var channelTokens = new ChannelTokens();
        var channel = await LoopbackChannel.StartAsync(channelTokens);
        var environment = new Dictionary<string, string>
        {
            ["Entra__ClientId"] = ClientId,
            ["Entra__ApplicationIdUri"] = ApplicationIdUri,
            ["Entra__MetadataAddress"] = entra.MetadataAddress,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var app = AppProcess.Start(RepositoryPaths.WebApp("Release"), storage, tablePrefix, channel, environment);
        RememberForCleanup(app.Id);
        Console.Error.WriteLine($"App started on {app.BaseAddress}; waiting for /health and the demo data …");
        await app.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));
        return new BenchmarkApp(entra, channelTokens, channel, app);
    }

    /// <summary>An access token for the app, as an integration keeps it (three hours).</summary>
    public string TokenOf(string tenantId, string objectId) =>
        Entra.Token(new EntraToken(tenantId, objectId, ApplicationIdUri) { Lifetime = TimeSpan.FromHours(3) });

    public async ValueTask DisposeAsync()
    {
        App.Dispose();
        await _channel.DisposeAsync();
        _channelTokens.Dispose();
        await Entra.DisposeAsync();
    }

    // scripts/benchmark-api.sh kills the app too if this process dies without cleaning up.
    private static void RememberForCleanup(int processId)
    {
        if (Environment.GetEnvironmentVariable("TEAMSCRM_BENCH_WORK") is { Length: > 0 } work)
        {
            File.WriteAllText(Path.Combine(work, "app.pid"), processId.ToString(CultureInfo.InvariantCulture));
        }
    }
}
