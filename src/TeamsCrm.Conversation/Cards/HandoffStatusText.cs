using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Conversation.Cards;

/// <summary>One sentence for a handoff's state: waiting, accepted by, declined with reason, cancelled, expired.</summary>
internal static class HandoffStatusText
{
    public const int ReasonLimit = 1000;

    public static string Describe(Handoff handoff, CardText text, int reasonLimit = ReasonLimit)
    {
        var when = CardFormat.DateTime(handoff.RespondedAt ?? handoff.CreatedAt, text.Context);
        return handoff.Status switch
        {
            HandoffStatus.Pending when handoff.DueAt is { } due => text.Format("HandoffStatus.Line.PendingDue", handoff.To.DisplayName, CardFormat.DateTime(due, text.Context)),
            HandoffStatus.Pending => text.Format("HandoffStatus.Line.Pending", handoff.To.DisplayName),
            HandoffStatus.Accepted => text.Format("HandoffStatus.Line.Accepted", handoff.To.DisplayName, when),
            HandoffStatus.Declined => text.Format("HandoffStatus.Line.Declined", handoff.To.DisplayName, when, CardFormat.Clip(handoff.DeclineReason, reasonLimit)),
            HandoffStatus.Cancelled => text.Format("HandoffStatus.Line.Cancelled", handoff.From.DisplayName, when),
            HandoffStatus.Expired => text.Format("HandoffStatus.Line.Expired", when),
            HandoffStatus.Withdrawn => text.Format("HandoffStatus.Line.Withdrawn", handoff.To.DisplayName, when),
            _ => text.Enum(handoff.Status),
        };
    }
}
