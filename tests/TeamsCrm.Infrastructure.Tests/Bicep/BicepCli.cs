using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace TeamsCrm.Infrastructure.Tests.Bicep;

/// <summary>Runs the Bicep CLI restored from NuGet (offline) and collects its diagnostics.</summary>
internal static partial class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string InfraPath(string relativePath) => Path.Combine(RepositoryRoot, "infra", relativePath);

    /// <summary>Values of the environment variables main.bicepparam reads, as azd would set them.</summary>
    public static IReadOnlyDictionary<string, string?> SampleAzdEnvironment { get; } = new Dictionary<string, string?>
    {
        ["AZURE_ENV_NAME"] = "test",
        ["AZURE_LOCATION"] = "westeurope",
        ["BOT_APP_ID"] = "0d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f60",
        ["BOT_CLIENT_SECRET"] = null,
        ["PHOTO_LINK_KEY"] = null,
    };

    public static BicepResult Run(params string[] arguments) => Run(new Dictionary<string, string?>(), arguments);

    /// <summary>Runs bicep with the given environment variables (null removes one).</summary>
    public static BicepResult Run(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Metadata("BicepPath"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        // No telemetry, no version check: the CLI must not try to reach anything.
        startInfo.Environment["BICEP_TRACING_ENABLED"] = "false";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var name in SampleAzdEnvironment.Keys)
        {
            startInfo.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("bicep did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in {Timeout}");
        }
        return new BicepResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing");

    [GeneratedRegex(@"^.*\) : (Warning|Error) .*$", RegexOptions.Multiline)]
    internal static partial Regex DiagnosticLine();
}

/// <summary>What one bicep run printed. Any warning or error line counts as a diagnostic.</summary>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    public IReadOnlyList<string> Diagnostics =>
        BicepCli.DiagnosticLine().Matches(StandardError + "\n" + StandardOutput).Select(match => match.Value.Trim()).ToList();

    public string Describe() => $"exit {ExitCode}\n{StandardError}";
}
