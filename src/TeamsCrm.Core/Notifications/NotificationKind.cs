namespace TeamsCrm.Core.Notifications;

/// <summary>What a pending notification is about; the surface renders it at send time as its recipient.</summary>
public enum NotificationKind
{
    /// <summary>A handoff was offered to the recipient (Accept / Decline).</summary>
    HandoffOffered,

    /// <summary>The other party answered (accepted, declined, cancelled): tell the recipient and replace their handoff cards.</summary>
    HandoffAnswered,

    /// <summary>The party who acted: replace their earlier handoff cards in place (no new message).</summary>
    HandoffCardsChanged,

    /// <summary>An overdue pending handoff: remind the recipient (one party of it).</summary>
    HandoffReminder,

    /// <summary>A handoff withdrawn because its recipient lost access (a share was revoked): tell the recipient, in the terms they may see.</summary>
    HandoffWithdrawn,

    /// <summary>The recipient was mentioned in a comment.</summary>
    CommentMention,
}
