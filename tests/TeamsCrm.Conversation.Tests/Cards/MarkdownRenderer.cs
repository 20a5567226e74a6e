namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>
/// Renders markdown with markdown-it (npm markdown-it 15.0.3, a real CommonMark renderer) through
/// tools/cards/render-markdown.mjs, in one node process per call: each text as four hosts would show it — the
/// CommonMark preset and markdown-it's default preset (GFM tables, strikethrough), each with HTML off and on, all
/// with linkify (Teams turns bare URLs into links). Fails — never skips — when node or markdown-it is missing.
/// </summary>
internal static partial class MarkdownRenderer
{
    public sealed record Link(string Href, string Text, bool Typed);

    public sealed record Rendering(string Host, string Html, string Text, IReadOnlyList<string> Elements, IReadOnlyList<Link> Links);

    /// <summary>What each text (by id) renders to, once per host.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Rendering>> Render(IReadOnlyDictionary<string, string> texts)
    {
        var root = CardValidator.RepoRoot;
        var script = Path.Combine(root, "tools", "cards", "render-markdown.mjs");
        Assert.True(File.Exists(script), $"Missing {script}.");
        Assert.True(File.Exists(Path.Combine(root, "node_modules", "markdown-it", "package.json")), "Missing node_modules/markdown-it: run npm ci at the repository root.");

        var start = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        foreach (var (id, text) in texts)
        {
            process.StandardInput.WriteLine(new JsonObject { ["id"] = id, ["text"] = text }.ToJsonString());
        }

        process.StandardInput.Close();
        Assert.True(process.WaitForExit(120_000), "The markdown renderer did not finish within 2 minutes.");
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"The markdown renderer failed (exit {process.ExitCode}): {stderr.Result}");
        var rendered = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!)
            .ToDictionary(r => r["id"]!.GetValue<string>(), r => (IReadOnlyList<Rendering>)[.. r["renders"]!.AsArray().Select(Read)]);
        Assert.Equal(texts.Count, rendered.Count);
        return rendered;
    }

    /// <summary>
    /// Null when <paramref name="rendering"/> is nothing but paragraphs, line breaks and links whose target is the URL
    /// their own text spells (a bare URL the person typed, linkified); otherwise what is active.
    /// </summary>
    public static string? Active(Rendering rendering)
    {
        var active = rendering.Elements.Where(e => e is not ("p" or "br" or "a")).ToList();
        active.AddRange(rendering.Links.Where(l => !l.Typed).Select(l => $"a href=\"{l.Href}\" text=\"{l.Text}\""));
        if (rendering.Elements.Count(e => e == "a") != rendering.Links.Count)
        {
            active.Add("an <a> that is not a markdown link");
        }

        return active.Count == 0 ? null : $"{rendering.Host}: {string.Join(", ", active)} in {rendering.Html}";
    }

    /// <summary>
    /// The text a markdown renderer can show for <paramref name="typed"/>: markdown (like HTML) keeps no line's leading
    /// or trailing spaces and no blank lines, so each line is trimmed and empty lines dropped; all else stays exact.
    /// </summary>
    public static string Layout(string typed) =>
        string.Join('\n', LineBreak().Split(typed).Select(line => line.Trim(' ', '\t')).Where(line => line.Length > 0));

    private static Rendering Read(JsonNode? node) => new(
        node!["host"]!.GetValue<string>(),
        node["html"]!.GetValue<string>(),
        node["text"]!.GetValue<string>(),
        [.. node["elements"]!.AsArray().Select(e => e!.GetValue<string>())],
        [.. node["links"]!.AsArray().Select(l => new Link(l!["href"]!.GetValue<string>(), l["text"]!.GetValue<string>(), l["typed"]!.GetValue<bool>()))]);

    [GeneratedRegex("\r\n|\r|\n", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();
}
