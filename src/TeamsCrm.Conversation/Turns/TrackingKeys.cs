
namespace TeamsCrm.Conversation.Turns;

/// <summary>
/// The keys under which the host remembers sent cards (<see cref="OutgoingMessage.TrackingKey"/>) so that
/// <see cref="CardUpdate"/>s can replace them later. Opaque to the host; distinct from notification once-keys.
/// </summary>
public static class TrackingKeys
{
    /// <summary>The handoff card a party got when the handoff was made: the sender's card, the recipient's offer.</summary>
    public static string HandoffCard(string handoffId, HandoffParty party) => $"card:handoff:{handoffId}:{Party(party)}";

    /// <summary>The overdue reminder a party got.</summary>
    public static string HandoffReminder(string handoffId, HandoffParty party) => $"card:handoff:{handoffId}:reminder:{Party(party)}";

    private static string Party(HandoffParty party) => party == HandoffParty.Sender ? "sender" : "recipient";
}
