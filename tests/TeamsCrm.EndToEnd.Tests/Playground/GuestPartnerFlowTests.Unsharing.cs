namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>Unsharing through the Playground: the guest keeps nothing of the deal, on any surface it already reached.</summary>
public sealed partial class GuestPartnerFlowTests
{
    [Fact]
    public async Task StopSharing_ADealTheGuestAccepted_NothingOfItInShowMyDealsOrTheRefreshOfTheGuestsCard()
    {
        const string Account = "Müller Maschinenbau GmbH";
        const string Deal = "Müller Pilot";
        const string MadeUp = "Quorvex Holdings";
        var alex = PartnerUsers.Alex;

        // Alex hands the shared deal to Pat, Pat accepts it and opens the account's card.
        await PatAsksAsync("my deals", m => BotCards.Says(m, Deal));
        var handedOff = _chat.Mark();
        await _chat.SendAsync(alex, $"hand off the {Deal} to Pat Reyes");
        var offer = await _chat.WaitForBotAsync(m => BotCards.Json(m).Contains("\"handoff.accept\"", StringComparison.Ordinal) && BotCards.Says(m, Deal), handedOff);
        await _chat.InvokeAsync(Pat, offer, "handoff.accept", BotCards.ActionData(offer, "handoff.accept"));
        Assert.Equal(Pat.AadObjectId, await _storage.DealOwnerAsync(Deal));
        var card = await PatAsksAsync($"show {Account}", m => IsCustomerCardOf(Account)(m) && BotCards.Says(m, Deal));
        Assert.True(BotCards.Says(card, SharedDemoComment), BotCards.Text(card));
        // While shared, the card's refresh answers with the deal (the control for the refresh after unsharing).
        Assert.Contains(Deal, BotCards.InvokeText(await _chat.InvokeAsync(Pat, card, "card.refresh", RefreshData(card))), StringComparison.Ordinal);

        // Alex stops sharing the deal: a confirmation card, then the click.
        var confirm = await MemberAsksAsync(alex, $"stop sharing {Deal} with Fabrikam Partners", m => BotCards.Json(m).Contains("\"share.confirm\"", StringComparison.Ordinal));
        await _chat.SendInvokeAsync(alex, confirm, "share.confirm", BotCards.ActionData(confirm, "share.confirm"), "en-US");
        await WaitUntilAsync(async () => (await _storage.SharesAsync(Account)).Count == 0, $"the share of {Deal} to end");

        // Asked again, the account does not exist for Pat: the same answer as a made-up name.
        var shown = await PatAsksAsync($"show {Account}", m => BotCards.Says(m, Account));
        var madeUp = await PatAsksAsync($"show {MadeUp}", m => BotCards.Says(m, MadeUp));
        Assert.Equal(Shape(madeUp, MadeUp), Shape(shown, Account));
        AssertNoneOf(shown, Deal, "Stuttgart", SharedDemoComment);

        // "My deals" still answers (the deals of Adventure Works stay shared) without the deal, though Pat owns it now.
        var myDeals = await PatAsksAsync("my deals", m => BotCards.Says(m, "Adventure Support contract"));
        AssertNoneOf(myDeals, Deal, "Müller");

        // The cards Pat already has, the customer card and the handoff offer: their refresh (as Teams sends it) answers with
        // nothing of the account or the deal any more.
        var refreshedCard = BotCards.InvokeText(await _chat.InvokeAsync(Pat, card, "card.refresh", RefreshData(card)));
        var refreshedOffer = BotCards.InvokeText(await _chat.InvokeAsync(Pat, offer, "handoff.refresh", RefreshData(offer)));
        foreach (var secret in new[] { Deal, "Müller", "Stuttgart", SharedDemoComment, "110,000", "110.000" })
        {
            Assert.DoesNotContain(secret, refreshedCard, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, refreshedOffer, StringComparison.Ordinal);
        }

        Assert.Contains(NotFoundForGuest, refreshedCard, StringComparison.Ordinal);
        Assert.Contains(NotFoundForGuest, refreshedOffer, StringComparison.Ordinal);
    }
}
