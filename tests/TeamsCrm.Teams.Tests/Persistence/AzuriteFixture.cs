using Azure.Data.Tables;

namespace TeamsCrm.Teams.Tests.Persistence;

/// <summary>
/// The Azurite started by the test command (env TEAMSCRM_TEST_STORAGE). Missing means a broken setup: the
/// tests fail, they never skip.
/// </summary>
public sealed class AzuriteFixture
{
    public AzuriteFixture()
    {
        var connectionString = Environment.GetEnvironmentVariable("TEAMSCRM_TEST_STORAGE");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("TEAMSCRM_TEST_STORAGE is not set: run the tests with scripts/test.sh (it starts Azurite).");
        }

        Tables = new TableServiceClient(connectionString);
    }

    public TableServiceClient Tables { get; }

    /// <summary>A tenant id of its own per test, so tests never see each other's rows.</summary>
    public static string NewTenant() => Guid.NewGuid().ToString();
}
