namespace TeamsCrm.Web.Tests.Bot;

/// <summary>
/// A group chat (a meeting chat is one to Teams) is shared like a channel: the bot posts only the pointer there, and
/// the caller's list or card goes to their 1:1 chat — for messages and for Action.Submit fallbacks alike.
/// </summary>
public sealed class GroupChatReplyTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private const string Pointer = "I sent you the answer in our 1:1 chat";

    private readonly string _lukasChat = "a:lukas-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _groupChat = "19:group-" + Guid.NewGuid().ToString("N")[..8] + "@thread.v2";

    private BotChat Chat => host.Chat;

    private LoopbackConnector Connector => host.Chat.Connector;

    [Fact]
    public async Task MyDeals_InAGroupChat_OnlyThePointerThere_TheListInTheCallersChat()
    {
        await Chat.SayAsync(DemoTenant.Lukas, _lukasChat, "help");
        var (_, _, title) = await host.NewDealAsync(DemoTenant.Lukas);

        var inGroup = Assert.Single(await Chat.SayInGroupChatAsync(DemoTenant.Lukas, _groupChat, "my deals"));

        Assert.Null(inGroup.Body["attachments"]);
        Assert.Contains(Pointer, inGroup.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(title, inGroup.Json, StringComparison.Ordinal);
        await Connector.WaitForSentAsync(_lukasChat, title, "the list in Lukas's 1:1 chat");
    }

    [Fact]
    public async Task SubmitFallback_InAGroupChat_TheCardGoesToTheCallersChat()
    {
        await Chat.SayAsync(DemoTenant.Lukas, _lukasChat, "help");
        var (accountId, _, title) = await host.NewDealAsync(DemoTenant.Lukas);

        var inGroup = Assert.Single(await Chat.SubmitInGroupChatAsync(DemoTenant.Lukas, _groupChat, "card.refresh", new JsonObject { ["accountId"] = accountId }));

        Assert.Null(inGroup.Body["attachments"]);
        Assert.Contains(Pointer, inGroup.Json, StringComparison.Ordinal);
        await Connector.WaitForSentAsync(_lukasChat, title, "the card in Lukas's 1:1 chat");
    }
}
