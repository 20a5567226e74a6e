namespace TeamsCrm.Web.Tests.Bot;

/// <summary>
/// One real app (Development: demo tenant seeded, anonymous bot endpoint) in tables of its own, with every outbound
/// Bot Connector call (replies, proactive 1:1 messages, new chats) going to a loopback connector.
/// </summary>
public sealed class BotHostFixture : IAsyncLifetime
{
    private static readonly string[] Titles = ["Aurora", "Cascade", "Meridian", "Summit", "Beacon", "Zephyr", "Quasar", "Lantern", "Tundra", "Voyager"];
    private int _next;

    internal LoopbackConnector Connector { get; private set; } = null!;

    internal CrmWebFactory Factory { get; private set; } = null!;

    internal BotChat Chat { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        Factory = new CrmWebFactory(new Dictionary<string, string?> { ["Bot:ProactiveServiceUrl"] = Connector.ServiceUrl });
        Chat = new BotChat(Factory.CreateClient(), Connector);
        await Factory.DemoHistorySeededAsync();
    }

    /// <summary>A new open deal of <paramref name="owner"/> with a title no other deal has (one word, so a typed phrase names only it).</summary>
    internal async Task<(string AccountId, string DealId, string Title)> NewDealAsync(Caller owner)
    {
        var title = Titles[Interlocked.Increment(ref _next) - 1];
        var accountId = (await Factory.Services.GetRequiredService<MyWorkService>().OpenDealsAsync(owner))[0].AccountId;
        var created = await Factory.Services.GetRequiredService<DealService>().CreateAsync(owner, accountId, new DealInput(title, 25_000m, Probability: 40));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return (accountId, created.Value!.Id, title);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
