namespace TeamsCrm.Web.Tests.Bot;

/// <summary>
/// The handoff through the real bot endpoint: the card the sender saw (their reply, the 1:1 copy of a channel request,
/// or the clicked customer card) is replaced in place (PUT) once the recipient answers, the sender is also told in a
/// new message, and the recipient's offer is replaced when the sender cancels. Lukas hands his deals to Megan.
/// </summary>
public sealed class HandoffCardUpdateTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private readonly string _meganChat = "a:megan-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _lukasChat = "a:lukas-" + Guid.NewGuid().ToString("N")[..8];

    private BotChat Chat => host.Chat;

    private LoopbackConnector Connector => host.Connector;

    [Fact]
    public async Task ByText_RecipientAccepts_SendersReplyUpdatedInPlace_OfferToo_AndSenderTold()
    {
        var (_, _, title) = await StartAsync();
        var reply = Assert.Single(await Chat.SayAsync(DemoTenant.Lukas, _lukasChat, $"hand off the {title} to Megan: she knows them"));
        Assert.Contains("handoff.cancel", reply.Json, StringComparison.Ordinal);
        var offer = await OfferAsync(title);

        var answer = await Chat.ClickAsync(DemoTenant.Megan, _meganChat, offer.ResultId, "handoff.accept", BotChat.ActionData(offer, "handoff.accept"));

        Assert.DoesNotContain("handoff.accept", answer!.ToJsonString(), StringComparison.Ordinal);
        var sender = Assert.Single(Connector.Of("update", _lukasChat));
        Assert.Equal(reply.ResultId, sender.ActivityId);
        Assert.Contains($"Your handoff: {title}", sender.Json, StringComparison.Ordinal);
        Assert.Contains("Accepted by Megan Bowen", sender.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("handoff.cancel", sender.Json, StringComparison.Ordinal);
        var told = Assert.Single(Connector.Of("send", _lukasChat));
        Assert.Contains($"accepted your handoff of the deal “{title}”", told.Json, StringComparison.Ordinal);
        var offerNow = Assert.Single(Connector.Of("update", _meganChat));
        Assert.Equal(offer.ResultId, offerNow.ActivityId);
        Assert.DoesNotContain("handoff.accept", offerNow.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByText_GermanRecipientDeclines_OfferInGerman_SenderSeesTheReasonInEnglish()
    {
        var (_, _, title) = await StartAsync(meganLocale: "de-DE");
        var reply = Assert.Single(await Chat.SayAsync(DemoTenant.Lukas, _lukasChat, $"hand off the {title} to Megan"));
        var offer = await OfferAsync(title);
        var decline = BotChat.ActionData(offer, "handoff.decline");
        decline["declineReason"] = "Keine Kapazität bis März";

        await Chat.ClickAsync(DemoTenant.Megan, _meganChat, offer.ResultId, "handoff.decline", decline, "de-DE");

        Assert.Contains("möchte Ihnen den Deal", offer.Json, StringComparison.Ordinal);
        var sender = Assert.Single(Connector.Of("update", _lukasChat));
        Assert.Equal(reply.ResultId, sender.ActivityId);
        Assert.Contains("Declined by Megan Bowen", sender.Json, StringComparison.Ordinal);
        Assert.Contains("Reason: Keine Kapazität bis März", sender.Json, StringComparison.Ordinal);
        var told = Assert.Single(Connector.Of("send", _lukasChat));
        Assert.Contains($"declined your handoff of the deal “{title}”", told.Json, StringComparison.Ordinal);
        Assert.Contains("Reason: Keine Kapazität bis März", told.Json, StringComparison.Ordinal);
        Assert.Contains("Abgelehnt von Megan Bowen", Assert.Single(Connector.Of("update", _meganChat)).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromTheCustomerCard_RecipientAccepts_TheClickedCardUpdatedInPlace()
    {
        var (accountId, dealId, title) = await StartAsync();
        var start = new JsonObject { ["accountId"] = accountId, ["handoffDealId"] = dealId, ["handoffRecipientId"] = DemoTenant.Megan.UserId };

        var senderCard = await Chat.ClickAsync(DemoTenant.Lukas, _lukasChat, "customer-card-1", "handoff.start", start);
        var offer = await OfferAsync(title);
        await Chat.ClickAsync(DemoTenant.Megan, _meganChat, offer.ResultId, "handoff.accept", BotChat.ActionData(offer, "handoff.accept"));

        Assert.Contains("handoff.cancel", senderCard!.ToJsonString(), StringComparison.Ordinal);
        var updated = Assert.Single(Connector.Of("update", _lukasChat));
        Assert.Equal("customer-card-1", updated.ActivityId);
        Assert.Contains("Accepted by Megan Bowen", updated.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAChannel_TheSendersOneToOneCopyIsUpdated_TheChannelNever()
    {
        var (_, _, title) = await StartAsync();
        var inChannel = Assert.Single(await Chat.SayInChannelAsync(DemoTenant.Lukas, $"hand off the {title} to Megan: please"));
        await Connector.WaitForSentAsync(_lukasChat, "handoff.cancel", "the sender's 1:1 copy");
        var copy = Assert.Single(Connector.Of("send", _lukasChat));
        var offer = await OfferAsync(title);

        // A handoff started from a card in the channel: that shared message must never become Lukas's card.
        var other = await host.NewDealAsync(DemoTenant.Lukas);
        var start = new JsonObject { ["accountId"] = other.AccountId, ["handoffDealId"] = other.DealId, ["handoffRecipientId"] = DemoTenant.Megan.UserId };
        await Chat.ClickAsync(DemoTenant.Lukas, BotChat.Channel, "channel-card-1", "handoff.start", start);
        var otherOffer = await OfferAsync(other.Title);

        await Chat.ClickAsync(DemoTenant.Megan, _meganChat, offer.ResultId, "handoff.accept", BotChat.ActionData(offer, "handoff.accept"));
        await Chat.ClickAsync(DemoTenant.Megan, _meganChat, otherOffer.ResultId, "handoff.accept", BotChat.ActionData(otherOffer, "handoff.accept"));

        Assert.Null(inChannel.Body["attachments"]);
        var updated = Assert.Single(Connector.Of("update", _lukasChat));
        Assert.Equal(copy.ResultId, updated.ActivityId);
        Assert.Contains("Accepted by Megan Bowen", updated.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(Connector.Calls, c => c.Operation == "update" && c.ConversationId.StartsWith(BotChat.Channel, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SenderCancels_TheOfferIsUpdatedInPlace_AndTheRecipientTold()
    {
        var (_, _, title) = await StartAsync();
        var reply = Assert.Single(await Chat.SayAsync(DemoTenant.Lukas, _lukasChat, $"hand off the {title} to Megan"));
        var offer = await OfferAsync(title);

        var cancelled = await Chat.ClickAsync(DemoTenant.Lukas, _lukasChat, reply.ResultId, "handoff.cancel", BotChat.ActionData(reply, "handoff.cancel"));

        Assert.Contains("Cancelled by Lukas Schneider", cancelled!.ToJsonString(), StringComparison.Ordinal);
        var offerNow = Assert.Single(Connector.Of("update", _meganChat));
        Assert.Equal(offer.ResultId, offerNow.ActivityId);
        Assert.Contains("Cancelled by Lukas Schneider", offerNow.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("handoff.accept", offerNow.Json, StringComparison.Ordinal);
        Assert.Contains("withdrew the handoff", Assert.Single(Connector.Of("send", _meganChat), c => c.ResultId != offer.ResultId).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptTwiceAndRedelivered_ChangesAndSendsNothingTwice()
    {
        var (_, _, title) = await StartAsync();
        Assert.Single(await Chat.SayAsync(DemoTenant.Lukas, _lukasChat, $"hand off the {title} to Megan"));
        var offer = await OfferAsync(title);
        var accept = BotChat.ActionData(offer, "handoff.accept");
        await Chat.ClickAsync(DemoTenant.Megan, _meganChat, offer.ResultId, "handoff.accept", accept, activityId: "accept-" + title);
        var after = Connector.Calls.Count;

        var redelivered = await Chat.ClickAsync(DemoTenant.Megan, _meganChat, offer.ResultId, "handoff.accept", accept, activityId: "accept-" + title);
        var again = await Chat.ClickAsync(DemoTenant.Megan, _meganChat, offer.ResultId, "handoff.accept", accept);

        Assert.Null(redelivered);
        Assert.Equal(after, Connector.Calls.Count);
        Assert.Contains("Accepted by Megan Bowen", again!.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(Connector.Of("update", _lukasChat));
        Assert.Single(Connector.Of("send", _lukasChat));
    }

    /// <summary>Both talk to the bot in their own 1:1 chats first (so the bot knows those chats and their locales); a new deal of Lukas.</summary>
    private async Task<(string AccountId, string DealId, string Title)> StartAsync(string meganLocale = "en-US")
    {
        await Chat.SayAsync(DemoTenant.Megan, _meganChat, meganLocale.StartsWith("de", StringComparison.Ordinal) ? "meine Deals" : "my deals", meganLocale);
        await Chat.SayAsync(DemoTenant.Lukas, _lukasChat, "my deals");
        return await host.NewDealAsync(DemoTenant.Lukas);
    }

    private async Task<ConnectorCall> OfferAsync(string title)
    {
        await Connector.WaitForAsync(calls => Offers(calls, title).Any(), $"the offer of {title}");
        return Offers(Connector.Calls, title).Single();
    }

    private IEnumerable<ConnectorCall> Offers(IEnumerable<ConnectorCall> calls, string title) =>
        calls.Where(c => c.Operation == "send" && c.ConversationId == _meganChat && c.Json.Contains("handoff.accept", StringComparison.Ordinal) && c.Json.Contains(title, StringComparison.Ordinal));
}
