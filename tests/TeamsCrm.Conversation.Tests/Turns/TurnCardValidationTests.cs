namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>Every card the turns actually send in a run through the flows, in both languages, validated by the official library.</summary>
public sealed class TurnCardValidationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryCardTheTurnsSend_PassesTheOfficialValidator()
    {
        var cards = new Dictionary<string, JsonObject>();
        foreach (var locale in new[] { "en-US", "de-DE" })
        {
            var world = await TurnWorld.CreateAsync();
            void Add(string name, JsonObject? card)
            {
                if (card is not null)
                {
                    cards[$"{name}.{locale}"] = card;
                }
            }

            void AddTurn(string name, TurnOutcome outcome)
            {
                for (var i = 0; i < outcome.Replies.Count; i++)
                {
                    Add($"{name}.reply{i}", outcome.Replies[i].Card);
                }

                for (var i = 0; i < outcome.Notifications.Count; i++)
                {
                    Add($"{name}.notify{i}", outcome.Notifications[i].Message.Card);
                }
            }

            void AddAction(string name, CardActionOutcome outcome)
            {
                Add($"{name}.card", outcome.Card);
                if (outcome.CardWithText() is { } answered && !ReferenceEquals(answered, outcome.Card))
                {
                    Add($"{name}.card-with-text", answered);
                }
                for (var i = 0; i < outcome.Notifications.Count; i++)
                {
                    Add($"{name}.notify{i}", outcome.Notifications[i].Message.Card);
                }

                for (var i = 0; i < outcome.Updates.Count; i++)
                {
                    Add($"{name}.update{i}", outcome.Updates[i].Card);
                }
            }

            var lukas = new[] { TurnWorld.MentionOf(world.Lukas) };
            AddTurn("show", await world.SayAsync(world.Megan, "show Contoso", locale));
            AddTurn("show-guest", await world.SayAsync(world.Pat, "show Fabrikam Inc", locale));
            AddTurn("choice", await world.SayAsync(world.Megan, "show fabrikam", locale));
            AddTurn("nomatch", await world.SayAsync(world.Megan, "show Zyxwvut", locale));
            AddTurn("shell", await world.SayAsync(world.Megan, "show Contoso", locale, channelId: "19:c@thread.tacv2"));
            AddTurn("help", await world.SayAsync(world.Megan, "help", locale));
            AddTurn("unknown", await world.SayAsync(world.Pat, "tell me a joke", locale));
            AddTurn("newlead", await world.SayAsync(world.Megan, "new lead", locale));
            AddTurn("newaccount", await world.SayAsync(world.Megan, "new account Tailspin Toys", locale));
            AddTurn("newcontact", await world.SayAsync(world.Megan, "new contact Anna at Contoso", locale));
            AddTurn("handoff", await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas: please", locale, lukas));
            AddTurn("comment", await world.SayAsync(world.Megan, "comment on Contoso: <at>Lukas Weber</at> look", locale, lukas));
            AddTurn("mydeals", await world.SayAsync(world.Megan, "my deals", locale));
            AddTurn("myhandoffs", await world.SayAsync(world.Lukas, "my handoffs", locale));
            AddTurn("mytasks", await world.SayAsync(world.Lukas, "my tasks", locale));
            AddTurn("pipeline", await world.SayAsync(world.Megan, "pipeline", locale));
            AddTurn("pipeline-team", await world.SayAsync(world.Lukas, "team pipeline", locale));
            AddTurn("pipeline-empty", await world.SayAsync(world.Lukas, "my pipeline", locale));
            AddTurn("forecast", await world.SayAsync(world.Megan, "forecast this year", locale));
            AddTurn("forecast-empty", await world.SayAsync(world.Megan, "forecast for March", locale));
            AddTurn("calls", await world.SayAsync(world.Megan, "who should I call today", locale));
            AddTurn("calls-empty", await world.SayAsync(world.Lukas, "who should I call today", locale));
            AddTurn("risk-empty", await world.SayAsync(world.Megan, "which customers are at risk", locale));
            var shareAsked = await world.SayAsync(world.Megan, "share Contoso Renewal with Fabrikam Partners to comment", locale);
            AddTurn("share-confirm", shareAsked);
            AddTurn("share-levels", await world.SayAsync(world.Megan, "share Contoso with Fabrikam Partners", locale));
            AddTurn("share-choice", await world.SayAsync(world.Megan, "share fabrikam with Fabrikam Partners to view", locale));
            AddTurn("share-nopartner", await world.SayAsync(world.Megan, "share Contoso with Northwind Traders to view", locale));
            AddTurn("unshare-confirm", await world.SayAsync(world.Megan, "stop sharing Fabrikam Inc with Fabrikam Partners", locale));
            AddTurn("share-change", await world.SayAsync(world.Megan, "change Fabrikam's access to Fabrikam Inc to view", locale));
            AddAction("share-cancelled", await world.ClickAsync(world.Megan, CardVerbs.CancelShare, new JsonObject(), locale));
            AddAction("share-done", await world.ClickAsync(world.Megan, CardVerbs.ConfirmShare, TeamsCrm.Conversation.Tests.Sharing.ShareCards.Button(
                shareAsked.Replies.Single().Card!, CardVerbs.ConfirmShare), locale));
            TurnWorld.Ok(await world.Shares.UnshareAsync(world.Megan, world.Contoso.Id, TurnWorld.PartnerOrg, world.ContosoRenewal.Id));
            var handoff = TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs.Single();
            var ids = TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, handoff.Id));
            var declineNoReason = await world.ClickAsync(world.Lukas, CardVerbs.DeclineHandoff, ids, locale);
            AddAction("decline-noreason", declineNoReason);
            var accepted = await world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, ids, locale);
            Add("accepted", accepted.Card);
            Add("accepted.notify", accepted.Notifications.Single().Message.Card);
            Add("accepted.again", (await world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, ids, locale)).Card);
            AddAction("accepted", accepted);
            var start = TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id), (CardFields.HandoffDealId, world.FabrikamRollout.Id), (CardFields.HandoffRecipientId, world.Lukas.UserId));
            AddAction("started", await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, start, locale));
            var rollout = TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs.Single(h => h.IsPending);
            var rolloutIds = TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id), (CardFields.HandoffId, rollout.Id), (CardFields.DeclineReason, "Fully booked"));
            AddAction("declined", await world.ClickAsync(world.Lukas, CardVerbs.DeclineHandoff, rolloutIds, locale));
            await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, start, locale);
            var again = TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs.Single(h => h.IsPending);
            AddAction("cancelled", await world.ClickAsync(world.Megan, CardVerbs.CancelHandoff, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id), (CardFields.HandoffId, again.Id)), locale));
            var toPat = TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id), (CardFields.HandoffDealId, world.FabrikamRollout.Id), (CardFields.HandoffRecipientId, world.Pat.UserId), (CardFields.HandoffDueDate, "2026-12-01"));
            AddAction("started-guest", await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, toPat, locale));
            world.Time.Advance(TimeSpan.FromDays(3));
            var reminders = await world.RemindAsync();
            Assert.Equal(2, reminders.Count);
            for (var i = 0; i < reminders.Count; i++)
            {
                Add($"reminder{i}", reminders[i].Message.Card);
            }

            using (var unshare = world.Journal.Begin())
            {
                TurnWorld.Ok(await world.Shares.UnshareAsync(world.Megan, world.Fabrikam.Id, TurnWorld.PartnerOrg));
                var (withdrawn, replaced) = await world.DeliverAsync(unshare.Written);
                Assert.Equal((2, 4), (withdrawn.Count, replaced.Count));
                for (var i = 0; i < withdrawn.Count; i++)
                {
                    Add($"withdrawn.notify{i}", withdrawn[i].Message.Card);
                }

                for (var i = 0; i < replaced.Count; i++)
                {
                    Add($"withdrawn.update{i}", replaced[i].Card);
                }
            }

            Add("conflict", (await world.ClickAsync(world.Megan, CardVerbs.ChangeDealStage, TurnWorld.Data(
                (CardFields.AccountId, world.Contoso.Id), (CardFields.DealId, world.ContosoRenewal.Id), (CardFields.DealVersion, world.ContosoRenewal.Version!), (CardFields.Stage, "Qualified")), locale)).Card);
            Add("notfound", (await world.ClickAsync(world.Megan, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.OtherContoso.Id)), locale)).Card);
            Add("dialog.lead", (await world.Conversation.FetchDialogAsync(world.Megan, TurnWorld.Data((CardFields.Dialog, "Lead")), locale)).Card);
            Add("dialog.contact", (await world.Conversation.FetchDialogAsync(world.Megan, TurnWorld.Data((CardFields.Dialog, "Contact"), (CardFields.AccountId, world.Contoso.Id)), locale)).Card);
            Add("dialog.duplicate", (await world.Conversation.SubmitDialogAsync(world.Megan, TurnWorld.Data(("verb", CardVerbs.CreateAccount), (CardFields.AccountName, "Contoso")), locale)).Card);
            Add("dialog.invalid", (await world.Conversation.SubmitDialogAsync(world.Megan, TurnWorld.Data(("verb", CardVerbs.CreateAccount), (CardFields.AccountName, "")), locale)).Card);
            Add("welcome", world.Conversation.Welcome(world.Pat, locale).Card);
        }

        var folder = CardValidator.NewFolder("turns");
        foreach (var (name, card) in cards)
        {
            CardValidator.Write(folder, name, card);
        }

        var results = CardValidator.Validate(folder);
        var events = results.SelectMany(r => r.Events.Select(e => $"{r.File}: {e.Phase}/{e.Event}: {e.Message}")).ToArray();
        output.WriteLine($"Validated {results.Count} turn cards in {folder}: {events.Length} events.");
        foreach (var line in events)
        {
            output.WriteLine(line);
        }

        Assert.Equal(cards.Count, results.Count);
        Assert.True(cards.Count >= 50, $"Only {cards.Count} cards.");
        Assert.Empty(events);
        Assert.All(cards, pair => Assert.Equal("1.5", pair.Value["version"]!.GetValue<string>()));
        Assert.All(cards, pair => Assert.True(Encoding.UTF8.GetByteCount(CardValidator.Serialize(pair.Value)) < 80 * 1024, pair.Key));
    }
}
