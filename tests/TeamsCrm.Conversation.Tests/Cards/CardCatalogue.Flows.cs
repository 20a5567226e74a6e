namespace TeamsCrm.Conversation.Tests.Cards;

internal static partial class CardCatalogue
{
    public static HandoffSubject Subject { get; } = HandoffSubject.From("Müller Maschinenbau GmbH", CardSamples.Deal("d1", "Retrofit line 3", DealStage.Proposal));

    public static Handoff HandoffIn(HandoffStatus status) =>
        CardSamples.NewHandoff("h9", "d1", CardSamples.Member, CardSamples.OtherMember, "They asked for a German speaker.", status);

    private static IEnumerable<(string, JsonObject)> Handoffs(CardContext context)
    {
        foreach (var status in Enum.GetValues<HandoffStatus>())
        {
            var handoff = HandoffIn(status);
            yield return ($"handoff.recipient.{status}", HandoffCardBuilder.ForRecipient(handoff, Subject, context));
            yield return ($"handoff.sender.{status}", HandoffCardBuilder.ForSender(handoff, Subject, context, ["29:sender"]));
        }

        var noNote = HandoffIn(HandoffStatus.Pending) with { Note = null, DueAt = null };
        yield return ("handoff.recipient.pending-no-note", HandoffCardBuilder.ForRecipient(noNote, Subject, context));
        yield return ("handoff.reminder.recipient", HandoffCardBuilder.Reminder(HandoffIn(HandoffStatus.Pending), Subject, HandoffParty.Recipient, context));
        yield return ("handoff.reminder.sender", HandoffCardBuilder.Reminder(HandoffIn(HandoffStatus.Pending), Subject, HandoffParty.Sender, context));
        yield return ("handoff.reminder.answered", HandoffCardBuilder.Reminder(HandoffIn(HandoffStatus.Accepted), Subject, HandoffParty.Sender, context));
        foreach (var status in new[] { HandoffStatus.Accepted, HandoffStatus.Declined, HandoffStatus.Cancelled })
        {
            yield return ($"handoff.answered.{status}", HandoffCardBuilder.Answered(HandoffIn(status), Subject, context));
        }
    }

    private static IEnumerable<(string, JsonObject)> Notifications(CardContext context)
    {
        var mention = new[] { CardSamples.OtherMember.AsPerson() };
        yield return ("comment-note.internal", CommentNotificationCardBuilder.Build(
            CardSamples.NewComment("k1", null, CommentVisibility.Internal, "@Max Müller can you call them back?", mention), "Müller Maschinenbau GmbH", context));
        yield return ("comment-note.shared", CommentNotificationCardBuilder.Build(
            CardSamples.NewComment("k2", "d1", CommentVisibility.Shared, "Demo is booked for Tuesday.", mention), "Müller Maschinenbau GmbH", context));

        var hits = Enumerable.Range(1, 7).Select(i => new AccountSearchHit($"0190f5c2a1b27c3d8e4f5a6b7c8d9e{i:D2}", $"Contoso {i}", i % 2 == 0 ? "Retail" : null, "Berlin")).ToArray();
        yield return ("choice.three", AccountChoiceCardBuilder.BuildChoice("contoso", hits[..3], context));
        yield return ("choice.seven", AccountChoiceCardBuilder.BuildChoice("contoso", hits, context));
        yield return ("no-match.suggestions", AccountChoiceCardBuilder.BuildNoMatch("contsoo", hits[..2], context));
        yield return ("no-match.none", AccountChoiceCardBuilder.BuildNoMatch("xyzzy", [], context));
        yield return ("no-match.none.guest", AccountChoiceCardBuilder.BuildNoMatch("xyzzy", [], context, canCreateAccounts: false));
    }

    private static IEnumerable<(string, JsonObject)> Lists(CardContext context)
    {
        var member = CardFor(CardSamples.Member);
        var deals = member.OpenDeals.Select(d => new WorkItem<DealView>(CardSamples.AccountId, "Müller Maschinenbau GmbH", d)).ToArray();
        yield return ("my-deals.items", MyWorkCardBuilder.OpenDeals(deals, context));
        yield return ("my-deals.many", MyWorkCardBuilder.OpenDeals([.. Enumerable.Repeat(deals[0], 20)], context));
        yield return ("my-deals.empty", MyWorkCardBuilder.OpenDeals([], context));

        var waiting = new[] { HandoffIn(HandoffStatus.Pending), HandoffIn(HandoffStatus.Pending) with { Id = "h10", DealId = "d2", DueAt = null } }
            .Select(h => new WorkItem<Handoff>(CardSamples.AccountId, "Müller Maschinenbau GmbH", h) { DealTitle = h.DealId == "d1" ? "Retrofit line 3" : null }).ToArray();
        yield return ("my-handoffs.items", MyWorkCardBuilder.HandoffsWaiting(waiting, context));
        yield return ("my-handoffs.empty", MyWorkCardBuilder.HandoffsWaiting([], context));

        var tasks = new[] { Task("t1", CardSamples.Now.AddDays(2)), Task("t2", null) }
            .Select(t => new WorkItem<FollowUpTask>(CardSamples.AccountId, "Müller Maschinenbau GmbH", t)).ToArray();
        yield return ("my-tasks.items", MyWorkCardBuilder.Tasks(tasks, context));
        yield return ("my-tasks.empty", MyWorkCardBuilder.Tasks([], context));
    }

    public static FollowUpTask Task(string id, DateTimeOffset? due) => new()
    {
        Id = id,
        AccountId = CardSamples.AccountId,
        Title = $"Send the offer {id}",
        Assignee = CardSamples.Member.AsPerson(),
        DueAt = due,
        CreatedBy = CardSamples.Member.AsPerson(),
        CreatedAt = CardSamples.Now.AddDays(-1),
        Version = $"W/\"{id}\"",
    };
}
