namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>
/// One or more real app processes (Release build of src/TeamsCrm.Web, Development: demo tenant, offline directory)
/// on one store and one table prefix, as App Service runs scale-out instances; the loopback channel (signed channel
/// tokens, a connector that keeps every activity) in front of them. Fast background jobs unless a test says otherwise:
/// the outbox sweeper every second (its repair delay stays the validated default), handoff reminders every 10 s.
/// </summary>
internal sealed class AppCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly List<AppProcess> _instances = [];
    private readonly IReadOnlyDictionary<string, string> _settings;

    private AppCluster(ChannelTokens tokens, LoopbackChannel channel, string storage, string tablePrefix, IReadOnlyDictionary<string, string> settings)
    {
        Tokens = tokens;
        Channel = channel;
        Storage = storage;
        TablePrefix = tablePrefix;
        _settings = settings;
        Teams = new TeamsClient(channel, tokens);
        State = CrmState.Open(storage, tablePrefix);
    }

    public ChannelTokens Tokens { get; }

    public LoopbackChannel Channel { get; }

    public string Storage { get; }

    public string TablePrefix { get; }

    public TeamsClient Teams { get; }

    public CrmState State { get; }

    public IReadOnlyList<AppProcess> Instances => _instances;

    public static IReadOnlyDictionary<string, string> DefaultSettings { get; } = new Dictionary<string, string>
    {
        ["Storage__OutboxSweepInterval"] = "00:00:01",
        // Short storage timeouts so a commit cut off by an outage is repaired within a test's patience: the smallest repair
        // delay the app accepts is then 2 × 5 s + 1.92 s back-off + 30 s (the Table service's own limit) ≈ 42 s.
        ["Storage__MaxRetries"] = "1",
        ["Storage__NetworkTimeout"] = "00:00:05",
        ["Storage__ClockSkewAllowance"] = "00:00:00",
        ["Storage__OutboxRepairDelay"] = "00:00:45",
        ["Bot__HandoffReminderInterval"] = "00:00:10",
        // Failure messages show the app's own log lines, not every outbound request.
        ["Logging__LogLevel__System.Net.Http.HttpClient"] = "Warning",
    };

    /// <summary>Starts <paramref name="count"/> instances at the same moment and waits until each answers /health.</summary>
    public static async Task<AppCluster> StartAsync(int count, string storage, IReadOnlyDictionary<string, string>? _settings = null)
    {
        var tokens = new ChannelTokens();
        var channel = await LoopbackChannel.StartAsync(tokens);
        var merged = new Dictionary<string, string>(DefaultSettings);
        foreach (var (key, value) in _settings ?? new Dictionary<string, string>())
        {
            merged[key] = value;
        }

        var cluster = new AppCluster(tokens, channel, storage, TestStorage.NewTablePrefix("R"), merged);
        try
        {
            var started = Enumerable.Range(0, count).Select(_ => cluster.Launch()).ToArray();
            await Task.WhenAll(started.Select(app => app.WaitUntilHealthyAsync(StartTimeout)));
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Starts one more instance on the same store (e.g. after one was killed) and waits until it is healthy.</summary>
    public async Task<AppProcess> StartInstanceAsync(IReadOnlyDictionary<string, string>? extra = null)
    {
        var app = Launch(extra);
        await app.WaitUntilHealthyAsync(StartTimeout);
        return app;
    }

    /// <summary>Starts an instance without waiting for it (it may be meant to exit by itself).</summary>
    public AppProcess Launch(IReadOnlyDictionary<string, string>? extra = null)
    {
        var merged = new Dictionary<string, string>(_settings);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            merged[key] = value;
        }

        var app = AppProcess.Start(RepositoryPaths.WebApp(RepositoryPaths.CurrentConfiguration), Storage, TablePrefix, Channel, merged);
        _instances.Add(app);
        return app;
    }

    /// <summary>Each member writes once (a card refresh in their 1:1 chat), so the app knows where to reach them.</summary>
    public async Task IntroduceMembersAsync(string accountId)
    {
        for (var i = 0; i < DemoPeople.Members.Count; i++)
        {
            var person = DemoPeople.Members[i];
            // Set-up, not the behaviour under test: while the instances still fill their indexes, facts and demo history
            // at start, a refresh can run out of the cluster's short storage timeout and answer "try again in a
            // moment" — so it is tried again, as a person would.
            var answer = await Teams.SendAsync(_instances[i % _instances.Count], TeamsActivities.CardAction(person, "card.refresh", new() { ["accountId"] = accountId }));
            for (var attempt = 1; answer.Card is null && attempt < 3; attempt++)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                answer = await Teams.SendAsync(_instances[i % _instances.Count], TeamsActivities.CardAction(person, "card.refresh", new() { ["accountId"] = accountId }));
            }

            Assert.True(answer.Card is not null, $"{person.Name}'s first refresh: {answer}\n{Failures}");
        }
    }

    /// <summary>The instances' logged failures (each "fail:" entry with the lines after it), for failure messages.</summary>
    public string Failures => string.Join("\n", _instances.Select((app, i) =>
        $"--- instance {i} failures ---\n{string.Join("\n", app.OutputText.Split('\n').SkipWhile(l => !l.StartsWith("fail:", StringComparison.Ordinal)).Take(40))}"));

    /// <summary>Output of every instance, for failure messages.</summary>
    public string Diagnostics => string.Join("\n", _instances.Select((app, i) => $"--- instance {i} ---\n{app.OutputText}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _instances)
        {
            app.Dispose();
        }

        Teams.Dispose();
        State.Dispose();
        await Channel.DisposeAsync();
        Tokens.Dispose();
    }
}
