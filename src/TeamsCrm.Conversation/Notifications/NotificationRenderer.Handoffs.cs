using TeamsCrm.Conversation.Handoffs;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Notifications;

namespace TeamsCrm.Conversation.Notifications;

/// <summary>
/// Handoff notifications: the offer, the answer told to the other party, both parties' earlier cards replaced in place,
/// the overdue reminder, and the withdrawal after a share was revoked. Each reads the handoff as it stands now, as its
/// recipient: an offer or reminder for a handoff no longer pending is not sent.
/// </summary>
public sealed partial class NotificationRenderer
{
    private async Task<RenderedNotification> HandoffAsync(Caller recipient, PendingNotification notification, CardContext context, PersonLookup causer, CancellationToken cancellationToken)
    {
        var party = notification.Party == NotificationParty.Sender ? HandoffParty.Sender : HandoffParty.Recipient;
        var seen = await SeeHandoffAsync(recipient, notification.AccountId, notification.RecordId, cancellationToken).ConfigureAwait(false);
        if (seen is not { } visible)
        {
            return Unseen(notification, party, context);
        }

        var (handoff, subject) = visible;
        var nothing = RenderedNotification.Nothing(notification.RecipientUserId, notification.OnceKey);
        var other = await people.LineAsync(recipient, HandoffCards.OtherParty(party, handoff).UserId, causer, cancellationToken).ConfigureAwait(false);
        return notification.Kind switch
        {
            NotificationKind.HandoffOffered when handoff.IsPending && party == HandoffParty.Recipient => Send(
                notification, new OutgoingMessage(null, HandoffCardBuilder.ForRecipient(handoff, subject, context, null, other), TrackingKeys.HandoffCard(handoff.Id, party))),
            NotificationKind.HandoffReminder when handoff.IsPending => Send(
                notification, new OutgoingMessage(null, HandoffCardBuilder.Reminder(handoff, subject, party, context, other), TrackingKeys.HandoffReminder(handoff.Id, party))),
            NotificationKind.HandoffAnswered when handoff.Status is HandoffStatus.Accepted or HandoffStatus.Declined or HandoffStatus.Cancelled => Send(
                notification, new OutgoingMessage(null, HandoffCardBuilder.Answered(handoff, subject, context, other)), CardsOf(handoff.Id, party, HandoffCardBuilder.For(party, handoff, subject, context, null, other))),
            NotificationKind.HandoffAnswered or NotificationKind.HandoffCardsChanged => nothing with
            {
                Updates = CardsOf(handoff.Id, party, HandoffCardBuilder.For(party, handoff, subject, context, null, other)),
            },
            NotificationKind.HandoffWithdrawn => Send(
                notification,
                new OutgoingMessage(null, CardNotice.Above(HandoffCardBuilder.For(party, handoff, subject, context, null, other), NotificationText.Get("Notification.Withdrawn.Sender", context.Culture))),
                CardsOf(handoff.Id, party, HandoffCardBuilder.For(party, handoff, subject, context, null, other))),
            _ => nothing,
        };
    }

    /// <summary>
    /// The recipient may no longer see the handoff (its share was revoked, or it is gone): no record data at all. Their
    /// earlier cards are replaced by a neutral one, and a withdrawal is announced without saying what was withdrawn.
    /// </summary>
    private static RenderedNotification Unseen(PendingNotification notification, HandoffParty party, CardContext context)
    {
        var neutral = CardsOf(notification.RecordId, party, SmallCardBuilder.Build(NotificationText.Get("Notification.Unavailable", context.Culture)));
        return notification.Kind switch
        {
            NotificationKind.HandoffWithdrawn => Send(
                notification, new OutgoingMessage(null, SmallCardBuilder.Build(NotificationText.Get("Notification.Withdrawn.Guest", context.Culture))), neutral),
            NotificationKind.HandoffAnswered or NotificationKind.HandoffCardsChanged => new(notification.RecipientUserId, notification.OnceKey, null, neutral),
            _ => RenderedNotification.Nothing(notification.RecipientUserId, notification.OnceKey),
        };
    }

    /// <summary>A party's earlier handoff cards (the card they got when it was made, and the overdue reminder), replaced by <paramref name="card"/>.</summary>
    private static IReadOnlyList<CardUpdate> CardsOf(string handoffId, HandoffParty party, System.Text.Json.Nodes.JsonObject card) =>
    [
        new CardUpdate(TrackingKeys.HandoffCard(handoffId, party), card),
        new CardUpdate(TrackingKeys.HandoffReminder(handoffId, party), card),
    ];

    /// <summary>The handoff and what its card says, read as <paramref name="viewer"/>, who must be one of its parties; null when they may not see it.</summary>
    private async Task<(Handoff Handoff, HandoffSubject Subject)?> SeeHandoffAsync(Caller viewer, string accountId, string handoffId, CancellationToken cancellationToken)
    {
        var found = await handoffs.GetAsync(viewer, accountId, handoffId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess || (found.Value!.Handoff.From.UserId != viewer.UserId && found.Value.Handoff.To.UserId != viewer.UserId))
        {
            return null;
        }

        return (found.Value.Handoff, HandoffSubject.From(found.Value.AccountName, found.Value.Deal));
    }
}
