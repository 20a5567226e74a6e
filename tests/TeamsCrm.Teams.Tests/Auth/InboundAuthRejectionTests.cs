namespace TeamsCrm.Teams.Tests.Auth;

/// <summary>
/// Every forged or foreign request (<see cref="ForgedRequests"/>) is refused with 401/403 for its own reason and leaves
/// no trace: no handler ran, nothing was claimed for dedup, no conversation reference was written, nothing was sent
/// (the connector is the only way out: tokens are acquired only inside it).
/// </summary>
public sealed class InboundAuthRejectionTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    public static TheoryData<string> Cases => new(ForgedRequests.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_ForgedRequest_RejectedWithoutSideEffect(string name)
    {
        var forged = ForgedRequests.Build(name, fixture.Server);
        var settings = BotTestHost.Settings(fixture.Server);
        foreach (var (key, value) in forged.Settings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        await using var host = await BotTestHost.StartAsync(settings);

        using var response = await host.PostAsync(forged.Activity, forged.Authorization);

        Assert.Equal(forged.Expected, response.StatusCode);
        Assert.Empty(host.Effects);
        Assert.Equal(0, host.Deduplicator.Attempts);
        Assert.Equal(0, host.References.Writes);
        Assert.Empty(host.Connector.Calls);
        Assert.Contains(host.Logs, line => line.StartsWith("Rejected activity:", StringComparison.Ordinal) && line.Contains(forged.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Cases_CoverEveryRefusal_AtLeast28()
    {
        Assert.True(ForgedRequests.Names.Count >= 28, $"Only {ForgedRequests.Names.Count} forged requests.");
        Assert.Equal(ForgedRequests.Names.Count, ForgedRequests.Names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ForgedRequests.Names, name => ForgedRequests.Build(name, fixture.Server));
    }
}
