namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>
/// Writes cards as JSON files and runs tools/cards/validate-cards.mjs (the official Adaptive Cards JS
/// library) over them with node. Fails — never skips — when node or node_modules/adaptivecards is missing.
/// </summary>
internal static class CardValidator
{
    public sealed record CardEvent(string Phase, string Event, string Message);

    public sealed record CardResult(string File, long Bytes, IReadOnlyList<CardEvent> Events);

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>A fresh folder under $TEAMSCRM_TEST_WORK (the test command's work folder) or the temp folder.</summary>
    public static string NewFolder(string name)
    {
        var work = Environment.GetEnvironmentVariable("TEAMSCRM_TEST_WORK");
        var root = string.IsNullOrWhiteSpace(work) ? Path.Combine(Path.GetTempPath(), "teamscrm-cards") : Path.Combine(work, "cards");
        var folder = Path.Combine(root, $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string Write(string folder, string name, JsonNode card)
    {
        var path = Path.Combine(folder, name + ".json");
        File.WriteAllText(path, Serialize(card), new UTF8Encoding(false));
        return path;
    }

    public static string Serialize(JsonNode card) => card.ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    public static IReadOnlyList<CardResult> Validate(string folder)
    {
        var script = Path.Combine(RepoRoot, "tools", "cards", "validate-cards.mjs");
        var library = Path.Combine(RepoRoot, "node_modules", "adaptivecards", "dist", "adaptivecards.js");
        Assert.True(File.Exists(script), $"Missing {script}.");
        Assert.True(File.Exists(library), $"Missing {library}: run npm ci at the repository root.");

        var start = new ProcessStartInfo("node") { WorkingDirectory = RepoRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(folder);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            Assert.Fail($"node is not on PATH: {error.Message}");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(120_000), "The validator did not finish within 2 minutes.");
            process.WaitForExit();
            Assert.True(process.ExitCode is 0 or 1, $"The validator failed (exit {process.ExitCode}): {stderr.Result}");
            var report = JsonNode.Parse(stdout.Result)!;
            return [.. report["results"]!.AsArray().Select(r => new CardResult(
                Path.GetFileNameWithoutExtension(r!["file"]!.GetValue<string>()),
                r["bytes"]!.GetValue<long>(),
                [.. r["events"]!.AsArray().Select(e => new CardEvent(e!["phase"]!.GetValue<string>(), e["event"]!.GetValue<string>(), e["message"]!.GetValue<string>()))]))];
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "TeamsCrm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (package.json + TeamsCrm.sln) above {AppContext.BaseDirectory}.");
    }
}
