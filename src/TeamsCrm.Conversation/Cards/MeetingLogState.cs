namespace TeamsCrm.Conversation.Cards;

/// <summary>The customer card's last meeting: nothing to offer, "Log this meeting" for the viewer, or already logged.</summary>
public enum MeetingLogState
{
    None,
    CanLog,
    Logged,
}
