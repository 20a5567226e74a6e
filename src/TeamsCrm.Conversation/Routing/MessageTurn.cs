namespace TeamsCrm.Conversation.Routing;

/// <summary>A recognized message: what was typed, what it means, and the language and time zone to answer in.</summary>
public sealed record MessageTurn(TurnInput Input, Recognition Recognition, CardContext Context)
{
    public Caller Caller => Input.Caller;

    /// <summary>Whether others (guests too) read this conversation: then only what every member may see is posted here.</summary>
    public bool Shared => Input.Kind.IsShared();
}
