namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>Where the repository, the built web app and the suite's Azurite are (scripts/test.sh and scripts/test-project.sh set them).</summary>
internal static class TestEnvironment
{
    public static string Storage =>
        Environment.GetEnvironmentVariable("TEAMSCRM_TEST_STORAGE") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("TEAMSCRM_TEST_STORAGE is not set: run the tests with scripts/test.sh (it starts Azurite).");

    public static string RepositoryRoot
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

            return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }

    /// <summary>The web app built in the same configuration as this test assembly (Release in the suite).</summary>
    public static string WebAppPath
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var path = Path.Combine(RepositoryRoot, "src", "TeamsCrm.Web", "bin", configuration, "net10.0", "TeamsCrm.Web.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the web app first.", path);
        }
    }

    /// <summary>A table prefix of this test's own in a shared Azurite.</summary>
    public static string NewTablePrefix(string letter) => letter + Guid.NewGuid().ToString("N")[..10];
}
