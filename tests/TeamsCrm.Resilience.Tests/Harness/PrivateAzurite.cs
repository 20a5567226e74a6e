using System.Diagnostics;
using System.Net.Sockets;

namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>
/// An Azurite of one test (in memory, loopback ports of its own) that the test can stop and resume: SIGSTOP freezes
/// the process, so every request hangs exactly as with a storage account that stopped answering, and SIGCONT lets it
/// go on with its data intact. Killed on dispose.
/// </summary>
internal sealed class PrivateAzurite : IDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;
    private readonly string _folder;

    private PrivateAzurite(Process process, string folder, int tablePort, int queuePort)
    {
        _process = process;
        _folder = folder;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AccountKey
            + $";TableEndpoint=http://127.0.0.1:{tablePort.ToString(CultureInfo.InvariantCulture)}/devstoreaccount1"
            + $";QueueEndpoint=http://127.0.0.1:{queuePort.ToString(CultureInfo.InvariantCulture)}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<PrivateAzurite> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("teamscrm-azurite-").FullName;
        var (tablePort, queuePort) = (LoopbackPorts.Free(), LoopbackPorts.Free());
        var info = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "node_modules", ".bin", "azurite"))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--inMemoryPersistence",
            "--blobHost", "127.0.0.1", "--blobPort", "0",
            "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new PrivateAzurite(process, folder, tablePort, queuePort);
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (process.HasExited)
            {
                break;
            }

            if (await AcceptsAsync(tablePort) && await AcceptsAsync(queuePort))
            {
                return azurite;
            }

            await Task.Delay(200);
        }

        azurite.Dispose();
        throw new InvalidOperationException("Azurite did not start listening.");
    }

    /// <summary>Freezes Azurite: connections stay open, nothing is answered.</summary>
    public Task StopAnsweringAsync() => SignalAsync("STOP");

    /// <summary>Lets Azurite go on, with everything it stored before.</summary>
    public Task ResumeAsync() => SignalAsync("CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {_process.Id} failed with {kill.ExitCode}.");
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        ChildProcesses.KillAndDispose(_process);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
