namespace TeamsCrm.Teams.Tests.Persistence;

public sealed class TableSentActivityStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("card:handoff:0190f5c2:sender")]
    [InlineData("odd/key|with#chars?%")]
    public async Task RecordAsync_ThenGet_SaysWhereTheActivityLanded(string key)
    {
        using var store = new TableSentActivityStore(azurite.Tables, _time);
        var tenant = AzuriteFixture.NewTenant();
        var sent = new SentActivity(tenant, "https://smba.trafficmanager.net/emea/", "a:1personal-chat-megan", "1700000000001");

        await store.RecordAsync(key, sent);

        Assert.Equal(sent, await store.GetIfExistsAsync(tenant, key));
    }

    [Fact]
    public async Task GetIfExistsAsync_UnknownKeyOrOtherTenant_Null()
    {
        using var store = new TableSentActivityStore(azurite.Tables, _time);
        var tenant = AzuriteFixture.NewTenant();
        await store.RecordAsync("card:a", new SentActivity(tenant, "https://s/", "a:1", "1"));

        Assert.Null(await store.GetIfExistsAsync(tenant, "card:b"));
        Assert.Null(await store.GetIfExistsAsync(AzuriteFixture.NewTenant(), "card:a"));
    }

    [Fact]
    public async Task RecordAsync_SameKeyAgain_PointsAtTheNewerActivity()
    {
        using var store = new TableSentActivityStore(azurite.Tables, _time);
        var tenant = AzuriteFixture.NewTenant();
        await store.RecordAsync("card:a", new SentActivity(tenant, "https://s/", "a:1", "1"));

        await store.RecordAsync("card:a", new SentActivity(tenant, "https://s/", "a:2", "7"));

        Assert.Equal(new SentActivity(tenant, "https://s/", "a:2", "7"), await store.GetIfExistsAsync(tenant, "card:a"));
    }
}
