namespace TeamsCrm.Storage.Tests.Infrastructure;

/// <summary>
/// The Azurite that the test command (scripts/test.sh) starts. Tests that need it fail — never
/// skip — when it is not configured.
/// </summary>
internal static class AzuriteConnection
{
    public const string Variable = "TEAMSCRM_TEST_STORAGE";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set: run the tests with scripts/test.sh, which starts Azurite.");
}
