namespace TeamsCrm.Core.Tests.Architecture;

/// <summary>The repository's source files, found from the test's own folder (or TEAMSCRM_ROOT when the scripts set it).</summary>
internal static class SourceTree
{
    private static readonly string[] BuildOutput = ["bin", "obj", "node_modules"];

    public static string Root { get; } = FindRoot();

    /// <summary>Files below <paramref name="relativeFolder"/> whose name ends with one of <paramref name="extensions"/>, build output left out.</summary>
    public static IReadOnlyList<string> Files(string relativeFolder, params string[] extensions)
    {
        var folder = Path.Combine(Root, relativeFolder);
        Assert.True(Directory.Exists(folder), $"Source folder {folder} does not exist.");
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => extensions.Any(ext => file.EndsWith(ext, StringComparison.OrdinalIgnoreCase)))
            .Where(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(BuildOutput.Contains))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("TEAMSCRM_ROOT") is { Length: > 0 } fromScripts)
        {
            return fromScripts;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TeamsCrm.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No TeamsCrm.sln above {AppContext.BaseDirectory}.");
    }
}
