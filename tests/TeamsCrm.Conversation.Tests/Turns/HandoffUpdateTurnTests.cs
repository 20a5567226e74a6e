using System.Text.Encodings.Web;

namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>
/// The handoff cards each party saw are tracked and, once the handoff is answered, replaced in place with the answered
/// state; the other party is told with a short card in their own language.
/// </summary>
public sealed class HandoffUpdateTurnTests
{
    [Fact]
    public async Task HandOffByText_TracksTheSendersReplyAndTheRecipientsOffer()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas: please", mentions: [TurnWorld.MentionOf(world.Lukas)]);

        var handoff = await HandoffAsync(world);
        Assert.Equal(TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender), Assert.Single(outcome.Replies).TrackingKey);
        Assert.Equal(TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Recipient), Assert.Single(outcome.Notifications).Message.TrackingKey);
        Assert.Empty(outcome.Updates);
    }

    [Fact]
    public async Task HandOffByText_InAChannel_TracksTheSendersOneToOneCopy()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas: note", mentions: [TurnWorld.MentionOf(world.Lukas)], channelId: "19:c@thread.tacv2");

        var handoff = await HandoffAsync(world);
        Assert.Null(Assert.Single(outcome.Replies).TrackingKey);
        var copy = Assert.Single(outcome.Notifications, n => n.UserId == world.Megan.UserId);
        Assert.Equal(TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender), copy.Message.TrackingKey);
    }

    [Fact]
    public async Task StartFromTheCustomerCard_TracksTheClickedCardAsTheSendersCard()
    {
        var world = await TurnWorld.CreateAsync();

        var started = await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, TurnWorld.Data(
            (CardFields.AccountId, world.Fabrikam.Id), (CardFields.HandoffDealId, world.FabrikamRollout.Id), (CardFields.HandoffRecipientId, world.Lukas.UserId)));

        var handoff = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs);
        Assert.Equal(TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender), started.CardTrackingKey);
        Assert.Contains(CardVerbs.CancelHandoff, started.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Recipient), Assert.Single(started.Notifications).Message.TrackingKey);
    }

    [Fact]
    public async Task Accept_UpdatesEveryTrackedCardOfBothParties_AndTellsTheSenderTheOutcome()
    {
        var world = await TurnWorld.CreateAsync();
        var handoff = await HandoffTurnTests.HandOffAsync(world);

        var accepted = await world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, Ids(world, handoff));

        var updates = accepted.Updates.ToDictionary(u => u.TrackingKey, u => Text(u.Card));
        Assert.Equal(AllKeys(handoff.Id), updates.Keys.Order());
        foreach (var key in new[] { TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender), TrackingKeys.HandoffReminder(handoff.Id, HandoffParty.Sender) })
        {
            Assert.Contains("Your handoff: Renewal 2027", updates[key], StringComparison.Ordinal);
            Assert.Contains("Accepted by Lukas Weber", updates[key], StringComparison.Ordinal);
            Assert.DoesNotContain(CardVerbs.CancelHandoff, updates[key], StringComparison.Ordinal);
        }

        foreach (var key in new[] { TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Recipient), TrackingKeys.HandoffReminder(handoff.Id, HandoffParty.Recipient) })
        {
            Assert.Contains("Accepted by Lukas Weber", updates[key], StringComparison.Ordinal);
            Assert.DoesNotContain(CardVerbs.AcceptHandoff, updates[key], StringComparison.Ordinal);
        }

        var told = Assert.Single(accepted.Notifications);
        Assert.Equal(world.Megan.UserId, told.UserId);
        Assert.Null(told.Message.TrackingKey);
        Assert.Contains("<at>Lukas Weber</at> accepted your handoff of the deal “Renewal 2027” at Contoso Ltd", Text(told.Message.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decline_UpdatesTheSendersCardWithTheReason_AndTellsTheReason()
    {
        var world = await TurnWorld.CreateAsync();
        var handoff = await HandoffTurnTests.HandOffAsync(world);
        var data = Ids(world, handoff);
        data[CardFields.DeclineReason] = "On leave in December";

        var declined = await world.ClickAsync(world.Lukas, CardVerbs.DeclineHandoff, data);

        var sender = Text(declined.Updates.Single(u => u.TrackingKey == TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender)).Card);
        Assert.Contains("Reason: On leave in December", sender, StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.CancelHandoff, sender, StringComparison.Ordinal);
        var told = Text(Assert.Single(declined.Notifications).Message.Card!);
        Assert.Contains("declined your handoff of the deal “Renewal 2027” at Contoso Ltd; the deal stays with you. Reason: On leave in December", told, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_UpdatesTheRecipientsOffer_AndTellsTheRecipient()
    {
        var world = await TurnWorld.CreateAsync();
        var handoff = await HandoffTurnTests.HandOffAsync(world);

        var cancelled = await world.ClickAsync(world.Megan, CardVerbs.CancelHandoff, Ids(world, handoff));

        var offer = Text(cancelled.Updates.Single(u => u.TrackingKey == TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Recipient)).Card);
        Assert.Contains("Cancelled by Megan Bowen", offer, StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.AcceptHandoff, offer, StringComparison.Ordinal);
        var told = Assert.Single(cancelled.Notifications);
        Assert.Equal(world.Lukas.UserId, told.UserId);
        Assert.Contains("withdrew the handoff of the deal “Renewal 2027”", Text(told.Message.Card!), StringComparison.Ordinal);
        Assert.Equal(AllKeys(handoff.Id), cancelled.Updates.Select(u => u.TrackingKey).Order());
    }

    [Fact]
    public async Task AcceptFromMyHandoffs_StillUpdatesTheOfferCard()
    {
        var world = await TurnWorld.CreateAsync();
        var handoff = await HandoffTurnTests.HandOffAsync(world);
        var list = MessageTurnTests.Single(await world.SayAsync(world.Lukas, "my handoffs"));
        Assert.Contains(CardVerbs.AcceptHandoff, list, StringComparison.Ordinal);

        var accepted = await world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, Ids(world, handoff));

        Assert.Null(accepted.CardTrackingKey);
        Assert.Contains(accepted.Updates, u => u.TrackingKey == TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Recipient));
    }

    [Fact]
    public async Task DoubleClicksAndConcurrentAccepts_UpdateOnce()
    {
        var world = await TurnWorld.CreateAsync();
        var handoff = await HandoffTurnTests.HandOffAsync(world);
        var data = Ids(world, handoff);

        var clicks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, (JsonObject)data.DeepClone())));
        var late = await world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, data);
        var lateCancel = await world.ClickAsync(world.Megan, CardVerbs.CancelHandoff, data);

        Assert.Single(clicks, c => c.Updates.Count > 0);
        Assert.Single(clicks.SelectMany(c => c.Notifications));
        Assert.Empty(late.Updates);
        Assert.Empty(lateCancel.Updates);
        Assert.Empty(lateCancel.Notifications);
    }

    [Fact]
    public async Task Reminders_AreTracked()
    {
        var world = await TurnWorld.CreateAsync();
        await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas by Friday: call them", mentions: [TurnWorld.MentionOf(world.Lukas)]);
        var handoff = await HandoffAsync(world);
        world.Time.Advance(TimeSpan.FromDays(7));

        var reminders = await world.RemindAsync();

        Assert.Equal(
            [TrackingKeys.HandoffReminder(handoff.Id, HandoffParty.Recipient), TrackingKeys.HandoffReminder(handoff.Id, HandoffParty.Sender)],
            reminders.Select(r => r.Message.TrackingKey));
    }

    // ---- languages ------------------------------------------------------------------------------

    [Fact]
    public async Task Offer_IsInTheRecipientsLanguage_AndTheAnswerInTheSendersLanguage()
    {
        var world = await TurnWorld.CreateAsync();
        world.Locales.Set(world.Lukas, "de-AT");
        world.Locales.Set(world.Megan, "en-GB");

        var offered = await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas: please", "en-US", [TurnWorld.MentionOf(world.Lukas)]);
        var handoff = await HandoffAsync(world);
        var accepted = await world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, Ids(world, handoff), "de-DE");

        Assert.Contains("Your handoff", MessageTurnTests.Single(offered), StringComparison.Ordinal);
        Assert.Contains("möchte Ihnen den Deal „Renewal 2027“", Text(Assert.Single(offered.Notifications).Message.Card!), StringComparison.Ordinal);
        Assert.Contains("Angenommen von Lukas Weber", Text(accepted.Card!), StringComparison.Ordinal);
        Assert.Contains("accepted your handoff", Text(Assert.Single(accepted.Notifications).Message.Card!), StringComparison.Ordinal);
        Assert.Contains("Accepted by Lukas Weber", Text(accepted.Updates.Single(u => u.TrackingKey == TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender)).Card), StringComparison.Ordinal);
        Assert.Contains("Angenommen von Lukas Weber", Text(accepted.Updates.Single(u => u.TrackingKey == TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Recipient)).Card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offer_RecipientsLanguageUnknown_IsInTheSendersLanguage()
    {
        var world = await TurnWorld.CreateAsync();

        var offered = await world.SayAsync(world.Megan, "übergib Contoso Renewal an @Lukas: bitte übernehmen", "de-DE", [TurnWorld.MentionOf(world.Lukas)]);

        Assert.Contains("möchte Ihnen den Deal", Text(Assert.Single(offered.Notifications).Message.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_AreInEachPartysOwnLanguage()
    {
        var world = await TurnWorld.CreateAsync();
        world.Locales.Set(world.Megan, "de-DE");
        await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas by Friday: call them", "en-US", [TurnWorld.MentionOf(world.Lukas)]);
        world.Time.Advance(TimeSpan.FromDays(7));

        var reminders = await world.RemindAsync();

        Assert.Contains("Erinnerung", Text(reminders.Single(r => r.UserId == world.Megan.UserId).Message.Card!), StringComparison.Ordinal);
        Assert.Contains("Reminder", Text(reminders.Single(r => r.UserId == world.Lukas.UserId).Message.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommentNotification_IsInTheMentionedPersonsLanguage()
    {
        var world = await TurnWorld.CreateAsync();
        world.Locales.Set(world.Lukas, "de-CH");

        var outcome = await world.SayAsync(world.Megan, "comment on Contoso: <at>Lukas Weber</at> please call them", "en-US", [TurnWorld.MentionOf(world.Lukas)]);

        var note = Assert.Single(outcome.Notifications);
        Assert.Contains("Contoso Ltd", Text(note.Message.Card!), StringComparison.Ordinal);
        Assert.Contains(CardText("CommentNote.Title", "de"), Text(note.Message.Card!), StringComparison.Ordinal);
    }

    private static async Task<Handoff> HandoffAsync(TurnWorld world) =>
        Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);

    private static JsonObject Ids(TurnWorld world, Handoff handoff) =>
        TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, handoff.Id));

    private static string[] AllKeys(string handoffId) =>
    [
        .. new[] { HandoffParty.Sender, HandoffParty.Recipient }
            .SelectMany(p => new[] { TrackingKeys.HandoffCard(handoffId, p), TrackingKeys.HandoffReminder(handoffId, p) })
            .Order(),
    ];

    private static string Text(JsonObject card) => card.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string CardText(string key, string culture) =>
        new System.Resources.ResourceManager("TeamsCrm.Conversation.Cards.Resources.CardStrings", typeof(HandoffCardBuilder).Assembly)
            .GetString(key, System.Globalization.CultureInfo.GetCultureInfo(culture))!;
}
