namespace TeamsCrm.Teams.Schema;

/// <summary>Activity type names as they appear on the wire. Strings, not an enum: unknown types must pass through.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string Typing = "typing";
}
