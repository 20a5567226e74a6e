using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace TeamsCrm.TestSupport;

/// <summary>
/// The real app (src/TeamsCrm.Web, Release) as a child process on a loopback port: Development (so the demo
/// tenant is seeded and the offline people directory answers), its own tables in the benchmark's Azurite,
/// channel tokens required and checked against the loopback channel's keys, every outbound URL on loopback.
/// Killed with its whole tree on dispose. Also used by tests/TeamsCrm.Resilience.Tests, which pass further settings.
/// </summary>
public sealed class AppProcess : IDisposable
{
    public const string AppId = DemoPeople.BotAppId;
    private const int KeptOutputLines = 200;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public string OutputText => string.Join('\n', _output);

    public bool HasExited => _process.HasExited;

    public static AppProcess Start(
        string appPath, string storageConnection, string tablePrefix, LoopbackChannel channel, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = LoopbackPorts.Free();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(appPath);
        // Nothing may reach Application Insights or Graph from a benchmark.
        info.Environment.Remove("APPLICATIONINSIGHTS_CONNECTION_STRING");
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("Graph__", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in Settings(port, storageConnection, tablePrefix, channel).Concat(settings ?? new Dictionary<string, string>()))
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    private static Dictionary<string, string> Settings(int port, string storageConnection, string tablePrefix, LoopbackChannel channel) => new()
    {
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["Storage__ConnectionString"] = storageConnection,
        ["Storage__TablePrefix"] = tablePrefix,
        ["Bot__TablePrefix"] = tablePrefix + "Bot",
        // Channel tokens are required and validated (appsettings.Development.json would allow anonymous requests).
        ["Bot__AllowUnauthenticated"] = "false",
        ["Bot__AppId"] = AppId,
        ["Bot__AppType"] = "SingleTenant",
        ["Bot__TenantId"] = DemoPeople.TenantId,
        ["Bot__ClientSecret"] = "load-benchmark-loopback-only",
        ["Bot__OpenIdMetadataUrl"] = channel.OpenIdMetadataUrl,
        ["Bot__ChannelIssuer"] = ChannelTokens.Issuer,
        ["Bot__EntraOpenIdMetadataUrl"] = channel.BaseUrl + "/entra-openid/.well-known/openid-configuration",
        ["Bot__Authority"] = channel.Authority,
        ["Bot__ProactiveServiceUrl"] = channel.ServiceUrl,
        // The connector is on loopback: allowed as a serviceUrl host in Development only.
        ["Bot__AllowLoopbackServiceUrls"] = "true",
    };

    /// <summary>Waits until the process ended by itself (true) or <paramref name="timeout"/> passed (false).</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Waits until GET /health answers 200 (storage reachable, the app serving).</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{OutputText}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not become healthy:\n{OutputText}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptOutputLines && _output.TryDequeue(out _))
        {
        }
    }

    public void Dispose() => ChildProcesses.KillAndDispose(_process);
}
