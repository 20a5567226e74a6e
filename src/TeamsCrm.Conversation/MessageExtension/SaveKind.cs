namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>What the message becomes.</summary>
public enum SaveKind
{
    InternalComment,
    SharedComment,
    Interaction,
    Lead,
}
