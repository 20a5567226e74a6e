namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// Lead handoffs through the real Agents Playground. The Playground shows only its current user's chats (Megan),
/// so Lukas hands his deals to Megan: Megan gets the proactive offer card and answers it, the deal and the handoff
/// change (or not) in storage, and Lukas is told. Lukas speaks through a hand-made activity in the one chat the
/// Playground shows, so his notifications are visible there too. Each test hands a deal of its own (Lukas owns them
/// in the seeded demo data), so the tests of this class share one app without depending on their order.
/// </summary>
public sealed class HandoffFlowTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private readonly PlaygroundChat _chat = new(playground);
    private readonly CrmStorage _storage = new(playground);

    [Fact]
    public async Task HandOffByChat_RecipientAccepts_OwnerChangedAndSenderNotified()
    {
        await MeganSpeaksAsync();
        var handedOff = _chat.Mark();
        var offer = await _chat.HandOffToMeganAsync(DemoUsers.Lukas, "hand off the Contoso Rollout to Megan: she knows the customer", "Contoso Rollout");
        var senderCard = await _chat.WaitForBotAsync(m => BotCards.Json(m).Contains("\"handoff.cancel\"", StringComparison.Ordinal) && BotCards.Says(m, "Contoso Rollout"), handedOff);

        var since = _chat.Mark();
        var answer = await _chat.InvokeAsync(DemoUsers.Megan, offer, "handoff.accept", BotCards.ActionData(offer, "handoff.accept"));

        Assert.DoesNotContain("handoff.accept", answer.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(DemoUsers.Megan.AadObjectId, await _storage.DealOwnerAsync("Contoso Rollout"));
        Assert.Equal("Accepted", (await _storage.HandoffAsync("Contoso Rollout")).GetString("Status"));
        var told = await _chat.WaitForBotAsync(m => !BotCards.SameMessage(m, offer) && BotCards.Says(m, "Contoso Rollout") && BotCards.Text(m).Contains("accepted", StringComparison.OrdinalIgnoreCase), since, includeUpdates: true);
        Assert.DoesNotContain("handoff.accept", BotCards.Json(told), StringComparison.Ordinal);
        Assert.DoesNotContain("handoff.cancel", BotCards.Json(told), StringComparison.Ordinal);

        // Lukas's own handoff card, the bot's reply to his request, is replaced in place (PUT): no cancel button any more.
        var replaced = await _chat.WaitForBotAsync(m => BotCards.SameMessage(m, senderCard) && !BotCards.Json(m).Contains("handoff.cancel", StringComparison.Ordinal), since, includeUpdates: true);
        Assert.True(BotCards.Says(replaced, "Contoso Rollout", "Megan Bowen"), BotCards.Json(replaced));
    }

    [Fact]
    public async Task HandOffByChat_RecipientDeclinesWithoutThenWithReason_AskedForReasonOwnerKeptSenderToldReason()
    {
        const string Deal = "Fabrikam Rollout";
        const string Reason = "No capacity this quarter, Adele knows Fabrikam better";
        await MeganSpeaksAsync();
        var offer = await _chat.HandOffToMeganAsync(DemoUsers.Lukas, $"hand off the {Deal} to Megan: they want a local contact", Deal);
        var since = _chat.Mark();

        // A client that skips the card's validation sends the empty reason input: the bot asks for a reason.
        var asked = await _chat.InvokeAsync(DemoUsers.Megan, offer, "handoff.decline", BotCards.ActionData(offer, "handoff.decline", ("declineReason", string.Empty)));

        Assert.Equal("application/vnd.microsoft.card.adaptive", asked.GetProperty("type").GetString());
        Assert.True(BotCards.HasInput(asked, "declineReason"), asked.GetRawText());
        // The answer says why nothing happened (docs/conversation-turns.md: "the handoff card again and the error text"),
        // not only the same card again with the input's client-side validation message.
        var explained = BotCards.InvokeText(asked);
        Assert.True(explained.Contains("This field is required.", StringComparison.Ordinal) || explained.Contains("Please give a reason for declining.", StringComparison.Ordinal), explained);
        Assert.Equal(DemoUsers.Lukas.AadObjectId, await _storage.DealOwnerAsync(Deal));
        var pending = await _storage.HandoffAsync(Deal);
        Assert.Equal("Pending", pending.GetString("Status"));
        Assert.Null(pending.GetString("DeclineReason"));

        // The card Megan now sees, with the reason typed into its input (Teams merges inputs into the action's data).
        var declined = await _chat.InvokeAsync(DemoUsers.Megan, offer, "handoff.decline", BotCards.ActionData(asked, "handoff.decline", ("declineReason", Reason)));

        Assert.DoesNotContain("handoff.decline", declined.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(DemoUsers.Lukas.AadObjectId, await _storage.DealOwnerAsync(Deal));
        var handoff = await _storage.HandoffAsync(Deal);
        Assert.Equal("Declined", handoff.GetString("Status"));
        Assert.Equal(Reason, handoff.GetString("DeclineReason"));
        await _chat.WaitForBotAsync(m => !BotCards.SameMessage(m, offer) && BotCards.Says(m, Deal, Reason), since, includeUpdates: true);
    }

    [Fact]
    public async Task HandOffByChat_SomeoneElseAccepts_RefusedAndNothingChanged()
    {
        const string Deal = "Tailspin Migration";
        await MeganSpeaksAsync();
        var offer = await _chat.HandOffToMeganAsync(DemoUsers.Lukas, $"hand off the {Deal} to Megan", Deal);

        // Adele sends Megan's accept (a crafted request) from a chat she is in: the Playground lets only Megan act in Megan's 1:1 chat.
        var since = _chat.Mark();
        await _chat.MeganTypesInAsync(DemoUsers.GroupChat, "help");
        var groupMessage = await _chat.WaitForBotInAsync(DemoUsers.GroupChat, _ => true, since);
        var refused = await _chat.InvokeInAsync(DemoUsers.GroupChat, DemoUsers.Adele, PlaygroundChat.MessageId(groupMessage), "handoff.accept", BotCards.ActionData(offer, "handoff.accept"));

        Assert.Contains("Only the recipient can accept or decline this handoff.", BotCards.InvokeText(refused), StringComparison.Ordinal);
        Assert.Equal(DemoUsers.Lukas.AadObjectId, await _storage.DealOwnerAsync(Deal));
        Assert.Equal("Pending", (await _storage.HandoffAsync(Deal)).GetString("Status"));

        // The offer still works for Megan.
        await _chat.InvokeAsync(DemoUsers.Megan, offer, "handoff.accept", BotCards.ActionData(offer, "handoff.accept"));
        Assert.Equal(DemoUsers.Megan.AadObjectId, await _storage.DealOwnerAsync(Deal));
    }

    /// <summary>Megan talks to the bot first, so it knows her 1:1 conversation for the offer.</summary>
    private async Task MeganSpeaksAsync()
    {
        var since = _chat.Mark();
        await _chat.MeganTypesAsync("my deals");
        await _chat.WaitForBotAsync(_ => true, since);
    }
}
