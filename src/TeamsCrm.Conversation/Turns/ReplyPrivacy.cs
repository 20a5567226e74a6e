
namespace TeamsCrm.Conversation.Turns;

/// <summary>
/// The one rule for shared spaces, applied to every outcome before it leaves <see cref="CrmConversation"/>: in a group
/// chat, meeting chat or channel the bot posts only messages marked <see cref="OutgoingMessage.ForEveryone"/> (the
/// name-only shell card, help, app-written texts without record data). Every other reply — cards, lists, choices,
/// suggestions, errors about records, tracked cards — goes to the caller's 1:1 chat as a notification, and one pointer
/// ("Turn.SentPrivately") is left in the conversation. Unmarked means private, so a handler that forgets cannot leak.
/// Card actions: an Action.Execute answer is shown to the clicker alone (Teams' user-specific views), so it stays the
/// caller's view, but the shared message is never tracked for in-place updates; an Action.Submit fallback's answer
/// would be a new message everyone reads, so it goes to the 1:1 chat like any reply.
/// </summary>
internal static class ReplyPrivacy
{
    public static TurnOutcome Apply(TurnOutcome outcome, TurnInput input, CardContext context, DateTimeOffset now)
    {
        if (!input.Kind.IsShared())
        {
            return outcome;
        }

        var kept = new List<OutgoingMessage>();
        var moved = new List<Notification>();
        foreach (var reply in outcome.Replies)
        {
            if (reply.ForEveryone && reply.TrackingKey is null)
            {
                kept.Add(reply);
            }
            else
            {
                moved.Add(ToCaller(input.Caller.UserId, reply, now, moved.Count));
            }
        }

        if (moved.Count > 0)
        {
            kept.Add(Pointer(context));
        }

        return outcome with { Replies = kept, Notifications = [.. moved, .. outcome.Notifications] };
    }

    public static CardActionOutcome Apply(CardActionOutcome outcome, CardActionInput input, CardContext context, DateTimeOffset now)
    {
        if (!input.Kind.IsShared())
        {
            return outcome;
        }

        if (input.Answer == CardAnswer.Invoke || (outcome.Card is null && string.IsNullOrWhiteSpace(outcome.Text)))
        {
            return outcome with { CardTrackingKey = null };
        }

        var answer = new OutgoingMessage(outcome.Text, outcome.Card, outcome.CardTrackingKey);
        var pointer = Pointer(context);
        return new CardActionOutcome(null, pointer.Text, [ToCaller(input.Caller.UserId, answer, now, 0), .. outcome.Notifications])
        {
            Updates = outcome.Updates,
        };
    }

    /// <summary>The pointer left in a shared conversation when the answer went to the caller's 1:1 chat.</summary>
    public static OutgoingMessage Pointer(CardContext context) => OutgoingMessage.Public(TurnText.Get("Turn.SentPrivately", context.Culture));

    private static Notification ToCaller(string userId, OutgoingMessage message, DateTimeOffset now, int index) =>
        new(userId, message with { ForEveryone = false }, $"private:{userId}:{now.UtcTicks}:{index}");
}
