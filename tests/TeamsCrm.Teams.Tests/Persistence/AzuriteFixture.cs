namespace TeamsCrm.Teams.Tests.Persistence;

/// <summary>
/// The Azurite started by the test command (env TEAMSCRM_TEST_STORAGE). Missing means a broken setup: the
/// tests fail, they never skip.
/// </summary>
public sealed class AzuriteFixture
{
    public TableServiceClient Tables { get; } = new(TestStorage.ConnectionString);

    /// <summary>A tenant id of its own per test, so tests never see each other's rows.</summary>
    public static string NewTenant() => Guid.NewGuid().ToString();
}
