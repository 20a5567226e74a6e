using TeamsCrm.Core.Notifications;

namespace TeamsCrm.Core.Handoffs;

/// <summary>
/// The pending notifications a handoff's changes write with them, and their once-keys (one per state change and
/// person, so a repeated change never tells anyone twice).
/// </summary>
internal static class HandoffNotifications
{
    public static PendingNotification Offered(Handoff handoff, TimeProvider time) =>
        For(NotificationKind.HandoffOffered, handoff.To.UserId, handoff, $"handoff:{handoff.Id}:offered", handoff.From, time);

    /// <summary>The other party is told; the party who answered gets their earlier cards replaced.</summary>
    public static IEnumerable<PendingNotification> Answered(Handoff answered, Caller by, TimeProvider time)
    {
        var status = answered.Status.ToString().ToLowerInvariant();
        var other = answered.From.UserId == by.UserId ? answered.To : answered.From;
        yield return For(NotificationKind.HandoffAnswered, other.UserId, answered, $"handoff:{answered.Id}:{status}", by.AsPerson(), time);
        yield return For(NotificationKind.HandoffCardsChanged, by.UserId, answered, $"handoff:{answered.Id}:{status}:cards", by.AsPerson(), time);
    }

    /// <summary>Both parties of an overdue handoff are reminded.</summary>
    public static IEnumerable<PendingNotification> Reminder(Handoff handoff, PersonRef system, TimeProvider time)
    {
        yield return For(NotificationKind.HandoffReminder, handoff.To.UserId, handoff, $"handoff:{handoff.Id}:reminder:recipient", system, time);
        yield return For(NotificationKind.HandoffReminder, handoff.From.UserId, handoff, $"handoff:{handoff.Id}:reminder:sender", system, time);
    }

    /// <summary>Both parties of a handoff withdrawn because its recipient lost access; each is told in the terms they may see.</summary>
    public static IEnumerable<PendingNotification> Withdrawn(Handoff withdrawn, PersonRef by, TimeProvider time)
    {
        yield return For(NotificationKind.HandoffWithdrawn, withdrawn.From.UserId, withdrawn, $"handoff:{withdrawn.Id}:withdrawn:sender", by, time);
        yield return For(NotificationKind.HandoffWithdrawn, withdrawn.To.UserId, withdrawn, $"handoff:{withdrawn.Id}:withdrawn:recipient", by, time);
    }

    private static PendingNotification For(NotificationKind kind, string recipient, Handoff handoff, string onceKey, PersonRef causedBy, TimeProvider time) =>
        PendingNotification.For(kind, recipient, handoff.AccountId, handoff.Id, onceKey, causedBy, time) with
        {
            Party = recipient == handoff.From.UserId ? NotificationParty.Sender : NotificationParty.Recipient,
        };
}
