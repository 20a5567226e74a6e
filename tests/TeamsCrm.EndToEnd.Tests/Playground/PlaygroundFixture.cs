namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// Starts the real app (Kestrel, Development, anonymous mode, Azurite from TEAMSCRM_TEST_STORAGE) and the real
/// Microsoft 365 Agents Playground (telemetry off: --disable-telemetry AND APPLICATION_INSIGHTS_NO_STATSBEAT), both
/// on loopback ports, and connects to the Playground's WebSocket stream. Everything is killed on dispose.
/// </summary>
public class PlaygroundFixture : IAsyncLifetime
{
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("teamscrm-e2e-").FullName;
    private ChildProcess? _app;
    private ChildProcess? _playground;

    public HttpClient Playground { get; private set; } = null!;

    internal PlaygroundStream Stream { get; } = new();

    public int PlaygroundPort { get; private set; }

    /// <summary>The app's own address (e.g. for its photo endpoint).</summary>
    public Uri AppAddress { get; private set; } = null!;

    /// <summary>Settings a derived fixture adds to the app's environment (e.g. Graph against a loopback stub).</summary>
    protected virtual IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>();

    /// <summary>Runs before the app starts (e.g. to start a stub whose address goes into <see cref="AppSettings"/>).</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    /// <summary>
    /// The Playground's configuration file (its tenant, bot, current user, users and chats): the repository's own, in which
    /// Megan is the current user. A derived fixture may write another into <paramref name="workDirectory"/>.
    /// </summary>
    protected virtual string PlaygroundConfigPath(string root, string workDirectory) => Path.Combine(root, ".m365agentsplayground.yml");

    /// <summary>The app's table-name prefix: this fixture's own tables in the shared Azurite.</summary>
    public string TablePrefix { get; } = TestStorage.NewTablePrefix("E");

    public virtual async Task InitializeAsync()
    {
        await BeforeStartAsync();
        var storage = TestStorage.ConnectionString;
        var root = RepositoryPaths.Root;
        // The ports are free when picked but not reserved: a parallel run on this machine may take one first.
        // Such a start is retried on new ports; any other failure is reported at once.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartAsync(root, storage);
                break;
            }
            catch (PortTakenException) when (attempt < 3)
            {
                StopProcesses();
            }
        }

        await Stream.ConnectAsync(new Uri($"ws://127.0.0.1:{PlaygroundPort}/_ws_conversation/v1/conversations/stream"));
    }

    private async Task StartAsync(string root, string storage)
    {
        var appPort = LoopbackPorts.Free();
        PlaygroundPort = LoopbackPorts.Free();
        AppAddress = new Uri($"http://127.0.0.1:{appPort}");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{appPort}",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            // Cards link photos under the app's own address.
            ["App__PublicBaseUrl"] = AppAddress.AbsoluteUri,
            ["Storage__ConnectionString"] = storage,
            // Each fixture's app seeds the demo tenant into tables of its own.
            ["Storage__TablePrefix"] = TablePrefix,
            ["Bot__TablePrefix"] = TablePrefix + "Bot",
            ["Bot__AllowUnauthenticated"] = "true",
            ["Bot__AllowLoopbackServiceUrls"] = "true",
            // The tab's browser tests sign in as demo people (appsettings.Development.json is not in this working directory).
            ["Entra__DevelopmentSignIn"] = "true",
            // New 1:1 chats (handoff notifications) are created at the Playground's connector, never in the cloud.
            ["Bot__ProactiveServiceUrl"] = $"http://127.0.0.1:{PlaygroundPort}/_connector/",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        foreach (var (name, value) in AppSettings)
        {
            environment[name] = value;
        }

        var app = _app = ChildProcess.Start("dotnet", [RepositoryPaths.WebApp(RepositoryPaths.CurrentConfiguration)], _workDirectory, environment);
        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{appPort}") };
        // Ready once it says it listens on its port (so the probe's answer is not from whoever else got the port first).
        var appListening = $"Now listening on: http://127.0.0.1:{appPort}";
        await WaitUntilAsync(
            async () => app.Output.Any(line => line.Contains(appListening, StringComparison.Ordinal))
                && (await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK,
            app, "app");

        var playground = _playground = ChildProcess.Start(Path.Combine(root, "node_modules", ".bin", "agentsplayground"),
            ["-e", $"http://127.0.0.1:{appPort}/api/messages", "-c", "msteams", "-p", PlaygroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry"],
            _workDirectory,
            new Dictionary<string, string>
            {
                ["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true",
                ["TEAMSAPPTESTER_BROWSER"] = "none",
                ["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = PlaygroundConfigPath(root, _workDirectory),
            });
        Playground = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{PlaygroundPort}") };
        await WaitUntilAsync(async () =>
        {
            // It silently takes another port when its own is taken; the app would then notify the wrong one.
            var listening = playground.Output.Where(line => line.Contains("Listening on ", StringComparison.Ordinal)).ToList();
            if (listening.Count > 0 && !listening.Any(line => line.Contains($"Listening on {PlaygroundPort}", StringComparison.Ordinal)))
            {
                throw new PortTakenException($"The Playground did not bind port {PlaygroundPort}: {playground.OutputText}");
            }

            return listening.Count > 0 && (await Playground.GetAsync("/_internal/v1/config")).IsSuccessStatusCode;
        }, playground, "Agents Playground");
    }

    private void StopProcesses()
    {
        Playground?.Dispose();
        _playground?.Dispose();
        _app?.Dispose();
        _playground = null;
        _app = null;
    }

    public string Diagnostics => $"--- app ---\n{_app?.OutputText}\n--- playground ---\n{_playground?.OutputText}";

    public virtual async Task DisposeAsync()
    {
        await Stream.DisposeAsync();
        StopProcesses();
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> ready, ChildProcess process, string name)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                var output = process.OutputText;
                throw output.Contains("address already in use", StringComparison.OrdinalIgnoreCase)
                    ? new PortTakenException($"The {name} could not bind its port: {output}")
                    : new InvalidOperationException($"The {name} exited: {output}");
            }

            try
            {
                if (await ready())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The {name} did not start: {process.OutputText}");
    }

}

/// <summary>A child process could not listen on the port picked for it (another process took it first).</summary>
internal sealed class PortTakenException(string message) : Exception(message);
