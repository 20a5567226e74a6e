namespace TeamsCrm.Teams.Tests.Persistence;

public sealed class TableActivityDeduplicatorTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task TryClaimAsync_SameKeyThreeTimes_OnlyFirstWins()
    {
        using var dedup = new TableActivityDeduplicator(azurite.Tables, _time);
        var tenant = AzuriteFixture.NewTenant();

        var results = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await dedup.TryClaimAsync(tenant, "activity|msteams|1:abc/def#?", TimeSpan.FromHours(1)));
        }

        Assert.Equal([true, false, false], results);
    }

    [Fact]
    public async Task TryClaimAsync_NewInstanceAfterRestart_StillRemembers()
    {
        var tenant = AzuriteFixture.NewTenant();
        using (var first = new TableActivityDeduplicator(azurite.Tables, _time))
        {
            Assert.True(await first.TryClaimAsync(tenant, "k", TimeSpan.FromHours(1)));
        }

        using var afterRestart = new TableActivityDeduplicator(azurite.Tables, _time);
        Assert.False(await afterRestart.TryClaimAsync(tenant, "k", TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task TryClaimAsync_AfterExpiry_ClaimableAgain()
    {
        using var dedup = new TableActivityDeduplicator(azurite.Tables, _time);
        var tenant = AzuriteFixture.NewTenant();
        await dedup.TryClaimAsync(tenant, "k", TimeSpan.FromMinutes(10));

        _time.Advance(TimeSpan.FromMinutes(11));

        Assert.True(await dedup.TryClaimAsync(tenant, "k", TimeSpan.FromMinutes(10)));
        Assert.False(await dedup.TryClaimAsync(tenant, "k", TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public async Task TryClaimAsync_SameKeyOtherTenant_Independent()
    {
        using var dedup = new TableActivityDeduplicator(azurite.Tables, _time);

        Assert.True(await dedup.TryClaimAsync(AzuriteFixture.NewTenant(), "k", TimeSpan.FromHours(1)));
        Assert.True(await dedup.TryClaimAsync(AzuriteFixture.NewTenant(), "k", TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task ReleaseAsync_Claimed_ClaimableAgain()
    {
        using var dedup = new TableActivityDeduplicator(azurite.Tables, _time);
        var tenant = AzuriteFixture.NewTenant();
        await dedup.TryClaimAsync(tenant, "k", TimeSpan.FromHours(1));

        await dedup.ReleaseAsync(tenant, "k");

        Assert.True(await dedup.TryClaimAsync(tenant, "k", TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task TryClaimAsync_ConcurrentClaims_ExactlyOneWins()
    {
        using var dedup = new TableActivityDeduplicator(azurite.Tables, _time);
        var tenant = AzuriteFixture.NewTenant();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => dedup.TryClaimAsync(tenant, "race", TimeSpan.FromHours(1))));

        Assert.Equal(1, results.Count(r => r));
    }
}
