namespace TeamsCrm.Web.Tests.Bot;

/// <summary>
/// The Action.Submit fallback (clients without Universal Actions) answers with a new message. That message is the
/// caller's own view: in a channel, where everyone — partner guests too — would see it, it goes to the caller's 1:1 chat.
/// </summary>
public sealed class SubmitFallbackTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private readonly string _lukasChat = "a:lukas-" + Guid.NewGuid().ToString("N")[..8];

    private BotChat Chat => host.Chat;

    private LoopbackConnector Connector => host.Chat.Connector;

    [Fact]
    public async Task InAChannel_TheCustomerCardGoesToTheCallersOneToOneChat_TheChannelGetsOnlyAPointer()
    {
        await Chat.SayAsync(DemoTenant.Lukas, _lukasChat, "my deals");
        var (accountId, _, title) = await host.NewDealAsync(DemoTenant.Lukas);

        var inChannel = Assert.Single(await Chat.SubmitInChannelAsync(DemoTenant.Lukas, "card.refresh", new JsonObject { ["accountId"] = accountId }));

        Assert.Null(inChannel.Body["attachments"]);
        Assert.Contains("I sent you the answer in our 1:1 chat", inChannel.Json, StringComparison.Ordinal);
        await Connector.WaitForSentAsync(_lukasChat, title, "the card in Lukas's 1:1 chat");
    }

    [Fact]
    public async Task InAOneToOneChat_TheAnswerCardIsTheReply()
    {
        await Chat.SayAsync(DemoTenant.Lukas, _lukasChat, "my deals");
        var (accountId, _, title) = await host.NewDealAsync(DemoTenant.Lukas);

        var reply = Assert.Single(await Chat.SubmitAsync(DemoTenant.Lukas, _lukasChat, "card.refresh", new JsonObject { ["accountId"] = accountId }));

        Assert.Contains(title, reply.Json, StringComparison.Ordinal);
        Assert.NotNull(reply.Body["attachments"]);
    }
}
