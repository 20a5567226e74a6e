using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The lead handoff cards: the recipient's card (Accept / Decline with a required reason), the sender's
/// "waiting for" card (Cancel), their in-place updated versions once answered (no buttons), the
/// reminder for an overdue handoff, and the short message that tells the other party the answer.
/// Each handoff card refreshes itself through "handoff.refresh".
/// </summary>
public static class HandoffCardBuilder
{
    /// <summary>
    /// The card for one side: <see cref="ForSender"/> or <see cref="ForRecipient"/>. <paramref name="otherParty"/>: who
    /// the viewer deals with (title, and for members presence and photo), under the intro; nothing when null.
    /// </summary>
    public static JsonObject For(HandoffParty party, Handoff handoff, HandoffSubject subject, CardContext context, IReadOnlyList<string>? refreshUserIds = null, PersonLine? otherParty = null) =>
        party == HandoffParty.Sender
            ? ForSender(handoff, subject, context, refreshUserIds, otherParty)
            : ForRecipient(handoff, subject, context, refreshUserIds, otherParty);

    public static JsonObject ForRecipient(Handoff handoff, HandoffSubject subject, CardContext context, IReadOnlyList<string>? refreshUserIds = null, PersonLine? sender = null)
    {
        var (text, mentions, body) = Start(handoff, subject, context);
        body.Insert(0, AdaptiveElements.Title(text.Format("Handoff.Recipient.Title", subject.DealTitle)));
        body.Insert(1, AdaptiveElements.Text(text.Format("Handoff.Recipient.Intro", mentions.Mention(handoff.From), subject.DealTitle, subject.AccountName)));
        AddPerson(sender, text, body);
        AddNote(handoff, text, body);
        body.Add(handoff.IsPending ? RecipientActions(handoff, text) : Status(handoff, text));
        return CardDocument.Create(body, text, mentions, Refresh(handoff, refreshUserIds));
    }

    public static JsonObject ForSender(Handoff handoff, HandoffSubject subject, CardContext context, IReadOnlyList<string>? refreshUserIds = null, PersonLine? recipient = null)
    {
        var (text, mentions, body) = Start(handoff, subject, context);
        body.Insert(0, AdaptiveElements.Title(text.Format("Handoff.Sender.Title", subject.DealTitle)));
        body.Insert(1, AdaptiveElements.Text(text.Format("Handoff.Sender.Intro", mentions.Mention(handoff.To), subject.DealTitle, subject.AccountName)));
        AddPerson(recipient, text, body);
        AddNote(handoff, text, body);
        body.Add(Status(handoff, text));
        if (handoff.IsPending)
        {
            body.Add(SenderActions(handoff, text));
        }

        return CardDocument.Create(body, text, mentions, Refresh(handoff, refreshUserIds));
    }

    /// <summary>The reminder for a pending handoff past its due time, for the recipient or the sender.</summary>
    public static JsonObject Reminder(Handoff handoff, HandoffSubject subject, HandoffParty party, CardContext context, PersonLine? otherParty = null)
    {
        var (text, mentions, body) = Start(handoff, subject, context);
        var due = handoff.DueAt is { } d ? CardFormat.DateTime(d, context) : CardFormat.DateTime(handoff.CreatedAt, context);
        body.Insert(0, AdaptiveElements.Title(text["Handoff.Reminder.Title"]));
        body.Insert(1, AdaptiveElements.Text(party == HandoffParty.Recipient
            ? text.Format("Handoff.Reminder.Recipient", mentions.Mention(handoff.From), subject.DealTitle, subject.AccountName, due)
            : text.Format("Handoff.Reminder.Sender", mentions.Mention(handoff.To), subject.DealTitle, subject.AccountName, due), color: "Attention"));
        AddPerson(otherParty, text, body);
        AddNote(handoff, text, body);
        if (!handoff.IsPending)
        {
            body.Add(Status(handoff, text));
        }
        else
        {
            body.Add(party == HandoffParty.Recipient ? RecipientActions(handoff, text) : SenderActions(handoff, text));
        }

        return CardDocument.Create(body, text, mentions, Refresh(handoff, null));
    }

    /// <summary>
    /// The short message to the other party once a handoff is answered: the sender learns that it was accepted or
    /// declined (with the reason), the recipient that it was cancelled. Only for those three states. <paramref name="answeredBy"/>:
    /// the party who answered, under the sentence.
    /// </summary>
    public static JsonObject Answered(Handoff handoff, HandoffSubject subject, CardContext context, PersonLine? answeredBy = null)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(context);
        var text = new CardText(context);
        var mentions = new CardMentions();
        var (title, sentence, color) = handoff.Status switch
        {
            HandoffStatus.Accepted => (text["Handoff.Answered.Accepted.Title"],
                text.Format("Handoff.Answered.Accepted", mentions.Mention(handoff.To), subject.DealTitle, subject.AccountName), "Good"),
            HandoffStatus.Declined => (text["Handoff.Answered.Declined.Title"],
                text.Format("Handoff.Answered.Declined", mentions.Mention(handoff.To), subject.DealTitle, subject.AccountName,
                    CardFormat.Clip(handoff.DeclineReason, HandoffStatusText.ReasonLimit)), "Attention"),
            HandoffStatus.Cancelled => (text["Handoff.Answered.Cancelled.Title"],
                text.Format("Handoff.Answered.Cancelled", mentions.Mention(handoff.From), subject.DealTitle, subject.AccountName), "Attention"),
            _ => throw new ArgumentException($"A {handoff.Status} handoff has not been answered.", nameof(handoff)),
        };
        var body = new List<JsonNode> { AdaptiveElements.Text(title, weight: "Bolder", color: color), AdaptiveElements.Text(sentence) };
        AddPerson(answeredBy, text, body);
        return CardDocument.Create(body, text, mentions);
    }

    internal static JsonObject HandoffData(Handoff handoff) =>
        AdaptiveActions.Data((CardFields.AccountId, handoff.AccountId), (CardFields.HandoffId, handoff.Id));

    private static (CardText Text, CardMentions Mentions, List<JsonNode> Body) Start(Handoff handoff, HandoffSubject subject, CardContext context)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(context);
        var text = new CardText(context);
        var facts = AdaptiveElements.FactSet(
        [
            (text["Handoff.Fact.Account"], subject.AccountName),
            (text["Handoff.Fact.Deal"], subject.DealTitle),
            (text["Handoff.Fact.Stage"], text.Enum(subject.Stage)),
            (text["Handoff.Fact.Amount"], CardFormat.Money(subject.Amount, subject.Currency, context.Culture)),
            (text["Handoff.Fact.From"], handoff.From.DisplayName),
            (text["Handoff.Fact.To"], handoff.To.DisplayName),
            (text["Handoff.Fact.Sent"], CardFormat.DateTime(handoff.CreatedAt, context)),
            (text["Handoff.Fact.Due"], handoff.DueAt is { } due ? CardFormat.DateTime(due, context) : null),
        ]);
        return (text, new CardMentions(), [facts]);
    }

    /// <summary>The other party's line right under the intro (the title and the intro sentence are the first two elements).</summary>
    private static void AddPerson(PersonLine? person, CardText text, List<JsonNode> body)
    {
        if (person?.Element(text, "Small") is { } line)
        {
            body.Insert(2, line);
        }
    }

    private static void AddNote(Handoff handoff, CardText text, List<JsonNode> body)
    {
        if (!string.IsNullOrWhiteSpace(handoff.Note))
        {
            body.Add(AdaptiveElements.Text(text.Format("Handoff.NoteFrom", handoff.From.DisplayName), weight: "Bolder", spacing: "Medium"));
            body.Add(AdaptiveElements.Text(CardFormat.Clip(handoff.Note, FieldLimits.Note), spacing: "None"));
        }
    }

    private static JsonObject Status(Handoff handoff, CardText text) =>
        AdaptiveElements.Text(HandoffStatusText.Describe(handoff, text), weight: "Bolder", color: handoff.Status switch
        {
            HandoffStatus.Pending => null,
            HandoffStatus.Accepted => "Good",
            _ => "Attention",
        }, spacing: "Medium", separator: true);

    private static JsonObject RecipientActions(Handoff handoff, CardText text)
    {
        var decline = AdaptiveElements.SubCard(
            [
                AdaptiveElements.InputText(CardFields.DeclineReason, text["Handoff.Decline.Reason"], text["Handoff.Decline.Placeholder"], multiline: true,
                    maxLength: FieldLimits.Reason, requiredMessage: text["Handoff.Decline.Required"]),
            ],
            [AdaptiveActions.Execute(text["Handoff.Action.ConfirmDecline"], CardVerbs.DeclineHandoff, HandoffData(handoff))]);
        return AdaptiveElements.ActionSet(
        [
            AdaptiveActions.Execute(text["Handoff.Action.Accept"], CardVerbs.AcceptHandoff, HandoffData(handoff)),
            AdaptiveActions.ShowCard(text["Handoff.Action.Decline"], decline),
        ]);
    }

    private static JsonObject SenderActions(Handoff handoff, CardText text) =>
        AdaptiveElements.ActionSet([AdaptiveActions.Execute(text["Handoff.Action.Cancel"], CardVerbs.CancelHandoff, HandoffData(handoff))]);

    private static JsonObject Refresh(Handoff handoff, IReadOnlyList<string>? userIds) =>
        CardDocument.Refresh(CardVerbs.RefreshHandoff, HandoffData(handoff), userIds);
}
