namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>The lead handoff flow: by text, by card, accept, decline, cancel, double clicks, strangers, reminders.</summary>
public sealed class HandoffTurnTests
{
    [Fact]
    public async Task HandOffByText_WithAMention_RepliesToTheSenderAndNotifiesTheRecipient()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas: they asked for a German speaker", mentions: [TurnWorld.MentionOf(world.Lukas)]);

        var sender = MessageTurnTests.Single(outcome);
        Assert.Contains("Renewal 2027", sender);
        Assert.Contains(CardVerbs.CancelHandoff, sender);
        var note = Assert.Single(outcome.Notifications);
        Assert.Equal(world.Lukas.UserId, note.UserId);
        var handoff = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);
        Assert.Equal($"handoff:{handoff.Id}:offered", note.OnceKey);
        Assert.Equal("they asked for a German speaker", handoff.Note);
        Assert.Contains(CardVerbs.AcceptHandoff, note.Message.Card!.ToJsonString());
    }

    [Fact]
    public async Task HandOffByText_InGerman_ByName_AnswersInGerman()
    {
        var world = await TurnWorld.CreateAsync();

        // The offer is rendered when it is sent, in the recipient's language, else in the language the host last saw the sender use.
        world.Locales.Set(world.Megan, "de-DE");

        var outcome = await world.SayAsync(world.Megan, "übergib Fabrikam Rollout an Lukas", locale: null);

        var sender = MessageTurnTests.Single(outcome);
        Assert.Contains("Übergabe", sender);
        var note = Assert.Single(outcome.Notifications);
        Assert.Equal(world.Lukas.UserId, note.UserId);
        Assert.Contains("übergeben", note.Message.Card!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task HandOffByText_UnknownPersonOrDeal_SaysSoAndWritesNothing()
    {
        var world = await TurnWorld.CreateAsync();

        var nobody = await world.SayAsync(world.Megan, "hand off the Contoso renewal to Zebedee");
        var nodeal = await world.SayAsync(world.Megan, "hand off the Tailspin expansion to @Lukas", mentions: [TurnWorld.MentionOf(world.Lukas)]);

        Assert.Contains("Zebedee", Assert.Single(nobody.Replies).Text);
        Assert.Contains("Tailspin", Assert.Single(nodeal.Replies).Text);
        Assert.Empty(nobody.Notifications);
        Assert.Empty(nodeal.Notifications);
        Assert.Empty(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);
    }

    [Fact]
    public async Task Accept_MovesOwnershipInStorage_AndTellsTheSenderOnce()
    {
        var world = await TurnWorld.CreateAsync();
        var handoff = await HandOffAsync(world);
        var data = TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, handoff.Id));

        var first = await world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, data);
        var second = await world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, data);

        var deal = TurnWorld.Ok(await world.Deals.GetAsync(world.Lukas, world.Contoso.Id, world.ContosoRenewal.Id));
        Assert.Equal(world.Lukas.UserId, deal.Owner.UserId);
        var told = Assert.Single(first.Notifications);
        Assert.Equal(world.Megan.UserId, told.UserId);
        Assert.Equal($"handoff:{handoff.Id}:accepted", told.OnceKey);
        Assert.NotNull(first.Card);
        Assert.DoesNotContain(CardVerbs.AcceptHandoff, first.Card!.ToJsonString());
        Assert.Empty(second.Notifications);
        Assert.NotNull(second.Card);
        Assert.DoesNotContain(CardVerbs.AcceptHandoff, second.Card!.ToJsonString());
    }

    [Fact]
    public async Task Decline_NeedsAReason_ThenTellsTheSenderTheReason()
    {
        var world = await TurnWorld.CreateAsync();
        var handoff = await HandOffAsync(world);
        var data = TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, handoff.Id));

        var noReason = await world.ClickAsync(world.Lukas, CardVerbs.DeclineHandoff, data);
        var stillPending = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);
        data[CardFields.DeclineReason] = "I am fully booked until March";
        var declined = await world.ClickAsync(world.Lukas, CardVerbs.DeclineHandoff, data);

        Assert.Empty(noReason.Notifications);
        Assert.False(string.IsNullOrWhiteSpace(noReason.Text));
        Assert.Contains(CardVerbs.DeclineHandoff, noReason.Card!.ToJsonString());
        Assert.Equal(HandoffStatus.Pending, stillPending.Status);
        var told = Assert.Single(declined.Notifications);
        Assert.Equal(world.Megan.UserId, told.UserId);
        Assert.Equal($"handoff:{handoff.Id}:declined", told.OnceKey);
        Assert.Contains("I am fully booked until March", told.Message.Card!.ToJsonString());
        var deal = TurnWorld.Ok(await world.Deals.GetAsync(world.Megan, world.Contoso.Id, world.ContosoRenewal.Id));
        Assert.Equal(world.Megan.UserId, deal.Owner.UserId);
    }

    [Fact]
    public async Task Accept_BySomeoneWhoIsNotTheRecipient_IsRefusedAndChangesNothing()
    {
        var world = await TurnWorld.CreateAsync();
        var handoff = await HandOffAsync(world);
        var data = TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, handoff.Id));

        var bySender = await world.ClickAsync(world.Megan, CardVerbs.AcceptHandoff, data);
        var byGuest = await world.ClickAsync(world.Pat, CardVerbs.AcceptHandoff, data);
        var byOtherTenant = await world.ClickAsync(world.OtherTenant, CardVerbs.AcceptHandoff, data);

        Assert.All([bySender, byGuest, byOtherTenant], o => Assert.Empty(o.Notifications));
        Assert.All([bySender, byGuest, byOtherTenant], o => Assert.NotNull(o.Card));
        Assert.Equal(HandoffStatus.Pending, Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs).Status);
        Assert.Equal(world.Megan.UserId, TurnWorld.Ok(await world.Deals.GetAsync(world.Megan, world.Contoso.Id, world.ContosoRenewal.Id)).Owner.UserId);
    }

    [Fact]
    public async Task Cancel_BySender_TellsTheRecipient()
    {
        var world = await TurnWorld.CreateAsync();
        var handoff = await HandOffAsync(world);

        var cancelled = await world.ClickAsync(world.Megan, CardVerbs.CancelHandoff, TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, handoff.Id)));

        var told = Assert.Single(cancelled.Notifications);
        Assert.Equal(world.Lukas.UserId, told.UserId);
        Assert.Equal($"handoff:{handoff.Id}:cancelled", told.OnceKey);
    }

    [Fact]
    public async Task StartFromTheCard_WithARecipientId_CreatesTheHandoff()
    {
        var world = await TurnWorld.CreateAsync();
        var data = TurnWorld.Data(
            (CardFields.AccountId, world.Fabrikam.Id), (CardFields.HandoffDealId, world.FabrikamRollout.Id),
            (CardFields.HandoffRecipientId, world.Lukas.UserId), (CardFields.HandoffNote, "Please call them"), (CardFields.HandoffDueDate, "2026-12-04"));

        var started = await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, data);

        var told = Assert.Single(started.Notifications);
        Assert.Equal(world.Lukas.UserId, told.UserId);
        var handoff = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 23, 59, 0, TimeSpan.Zero), handoff.DueAt);
        Assert.Contains(CardVerbs.CancelHandoff, started.Card!.ToJsonString());
    }

    [Fact]
    public async Task Reminders_OverdueHandoff_RemindsBothPartiesOnce()
    {
        var world = await TurnWorld.CreateAsync();
        var data = TurnWorld.Data(
            (CardFields.AccountId, world.Fabrikam.Id), (CardFields.HandoffDealId, world.FabrikamRollout.Id),
            (CardFields.HandoffRecipientName, "Lukas"), (CardFields.HandoffDueDate, "2026-12-01"));
        Assert.Single((await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, data)).Notifications);
        world.Time.Advance(TimeSpan.FromDays(3));

        var first = await world.RemindAsync();
        var second = await world.RemindAsync();

        Assert.Equal(2, first.Count);
        Assert.Contains(first, n => n.UserId == world.Lukas.UserId && n.Message.Card!.ToJsonString().Contains(CardVerbs.AcceptHandoff, StringComparison.Ordinal));
        Assert.Contains(first, n => n.UserId == world.Megan.UserId && n.Message.Card!.ToJsonString().Contains(CardVerbs.CancelHandoff, StringComparison.Ordinal));
        Assert.Equal(2, first.Select(n => n.OnceKey).Distinct().Count());
        Assert.Empty(second);
    }

    [Fact]
    public async Task HandOffByText_WithADueDay_SetsTheEndOfThatDay()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas by Friday: call them", mentions: [TurnWorld.MentionOf(world.Lukas)]);

        Assert.Single(outcome.Notifications);
        var handoff = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 23, 59, 0, TimeSpan.Zero), handoff.DueAt);
        Assert.Equal("call them", handoff.Note);
    }

    [Fact]
    public async Task HandOffByText_SeveralMatchingDeals_AsksWhichWithoutHandingOff()
    {
        var world = await TurnWorld.CreateAsync();
        await world.DealAsync(world.Megan, world.Contoso, "Renewal 2028", 50000m);

        var outcome = await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas", mentions: [TurnWorld.MentionOf(world.Lukas)]);

        var text = Assert.Single(outcome.Replies).Text;
        Assert.Contains("Renewal 2027", text);
        Assert.Contains("Renewal 2028", text);
        Assert.Empty(outcome.Notifications);
        Assert.Empty(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);
    }

    [Fact]
    public async Task HandOffByText_SeveralPeopleWithTheName_AsksWhich()
    {
        var world = await TurnWorld.CreateAsync();
        world.People.Add(new TeamsCrm.Core.People.Person(Guid.NewGuid().ToString(), "Lukas Schmidt", "ls@contoso-crm.example", null, null, null, false));

        var outcome = await world.SayAsync(world.Megan, "hand off the Contoso renewal to Lukas");

        var text = Assert.Single(outcome.Replies).Text;
        Assert.Contains("Lukas Weber", text);
        Assert.Contains("Lukas Schmidt", text);
        Assert.Empty(outcome.Notifications);
    }

    [Fact]
    public async Task HandOffByText_ToAGuestWhoCannotSeeTheDeal_IsRefused_AndAGuestCannotHandOff()
    {
        var world = await TurnWorld.CreateAsync();

        var toGuest = await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Pat", mentions: [TurnWorld.MentionOf(world.Pat)]);
        var byGuest = await world.SayAsync(world.Pat, "hand off the Fabrikam rollout to @Lukas", mentions: [TurnWorld.MentionOf(world.Lukas)]);

        Assert.NotNull(Assert.Single(toGuest.Replies).Card);
        Assert.NotNull(Assert.Single(byGuest.Replies).Card);
        Assert.Empty(toGuest.Notifications);
        Assert.Empty(byGuest.Notifications);
        Assert.Empty(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);
        Assert.Empty(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs);
    }

    [Fact]
    public async Task HandOffToAGuestWithEditShare_GuestAccepts()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "hand off the Fabrikam rollout to @Pat: your turn", mentions: [TurnWorld.MentionOf(world.Pat)]);
        var handoff = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs);
        var accepted = await world.ClickAsync(world.Pat, CardVerbs.AcceptHandoff, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id), (CardFields.HandoffId, handoff.Id)));

        Assert.Equal(world.Pat.UserId, Assert.Single(outcome.Notifications).UserId);
        Assert.Equal(world.Megan.UserId, Assert.Single(accepted.Notifications).UserId);
        Assert.Equal(world.Pat.UserId, TurnWorld.Ok(await world.Deals.GetAsync(world.Megan, world.Fabrikam.Id, world.FabrikamRollout.Id)).Owner.UserId);
    }

    [Fact]
    public async Task HandOffByText_InAChannel_SendsTheSenderCardPrivately()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas: note", mentions: [TurnWorld.MentionOf(world.Lukas)], channelId: "19:c@thread.tacv2");

        var reply = Assert.Single(outcome.Replies);
        Assert.Null(reply.Card);
        Assert.Contains("1:1", reply.Text);
        Assert.Equal(2, outcome.Notifications.Count);
        Assert.Contains(outcome.Notifications, n => n.UserId == world.Megan.UserId && n.Message.Card!.ToJsonString().Contains(CardVerbs.CancelHandoff, StringComparison.Ordinal));
        Assert.Contains(outcome.Notifications, n => n.UserId == world.Lukas.UserId && n.OnceKey.EndsWith(":offered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GermanFlow_HandOffDeclineWithReason_IsAnsweredInGerman()
    {
        var world = await TurnWorld.CreateAsync();
        var offered = await world.SayAsync(world.Megan, "übergib Contoso Renewal an @Lukas: bitte übernehmen", "de-DE", [TurnWorld.MentionOf(world.Lukas)]);
        var handoff = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);
        var data = TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, handoff.Id), (CardFields.DeclineReason, "Keine Kapazität"));

        var declined = await world.ClickAsync(world.Lukas, CardVerbs.DeclineHandoff, data, "de-DE");

        Assert.Contains("übergeben", Relaxed(offered.Notifications.Single().Message.Card!));
        Assert.Contains("Abgelehnt von Lukas Weber", Relaxed(declined.Card!));
        var told = Assert.Single(declined.Notifications);
        Assert.Contains("Begründung: Keine Kapazität", Relaxed(told.Message.Card!));
        Assert.Equal("bitte übernehmen", handoff.Note);
    }

    [Fact]
    public async Task ConcurrentAccepts_OneWins_OneNotification()
    {
        var world = await TurnWorld.CreateAsync();
        var handoff = await HandOffAsync(world);
        var data = TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, handoff.Id));

        var clicks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, (System.Text.Json.Nodes.JsonObject)data.DeepClone())));

        Assert.Single(clicks.SelectMany(c => c.Notifications));
        Assert.All(clicks, c => Assert.NotNull(c.Card));
        Assert.Equal(world.Lukas.UserId, TurnWorld.Ok(await world.Deals.GetAsync(world.Lukas, world.Contoso.Id, world.ContosoRenewal.Id)).Owner.UserId);
    }

    private static string Relaxed(System.Text.Json.Nodes.JsonObject card) =>
        card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    internal static async Task<Handoff> HandOffAsync(TurnWorld world)
    {
        var outcome = await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas: please take over", mentions: [TurnWorld.MentionOf(world.Lukas)]);
        Assert.Single(outcome.Notifications);
        return Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);
    }
}
