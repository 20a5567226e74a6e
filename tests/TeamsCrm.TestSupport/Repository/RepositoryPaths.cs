namespace TeamsCrm.TestSupport;

/// <summary>Where the repository and the built web app are, for harnesses that run the app as a process.</summary>
public static class RepositoryPaths
{
    /// <summary>TEAMSCRM_ROOT when the scripts set it, else the nearest folder above the test assembly that holds TeamsCrm.sln.</summary>
    public static string Root
    {
        get
        {
            if (Environment.GetEnvironmentVariable("TEAMSCRM_ROOT") is { Length: > 0 } root)
            {
                return root;
            }

            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TeamsCrm.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Repository root not found (no TeamsCrm.sln above " + AppContext.BaseDirectory + ").");
        }
    }

    /// <summary>The web app's built TeamsCrm.Web.dll in <paramref name="configuration"/>; fails when it was not built.</summary>
    public static string WebApp(string configuration)
    {
        var path = Path.Combine(Root, "src", "TeamsCrm.Web", "bin", configuration, "net10.0", "TeamsCrm.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the web app ({configuration}) first.", path);
    }

    /// <summary>The configuration this assembly was built in (Release in the suite), for <see cref="WebApp"/>.</summary>
    public static string CurrentConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
}
