namespace TeamsCrm.TestSupport;

/// <summary>
/// The Azurite that the test and benchmark scripts start (scripts/test.sh, scripts/test-project.sh,
/// scripts/benchmark*.sh set TEAMSCRM_TEST_STORAGE). Unset means a broken setup: whoever asks fails at once, never skips.
/// </summary>
public static class TestStorage
{
    public const string Variable = "TEAMSCRM_TEST_STORAGE";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new InvalidOperationException($"{Variable} is not set: run the tests with scripts/test.sh or scripts/test-project.sh (they start Azurite).");

    /// <summary>A table prefix of the caller's own in the shared Azurite: a letter and 10 random hex digits.</summary>
    public static string NewTablePrefix(string letter) => letter + Guid.NewGuid().ToString("N")[..10];
}
