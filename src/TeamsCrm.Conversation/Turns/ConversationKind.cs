namespace TeamsCrm.Conversation.Turns;

/// <summary>
/// Where a turn happens. Only <see cref="Personal"/> (the caller's 1:1 chat with the bot) is private; a group chat, a
/// meeting chat and a channel are shared spaces whose members (guests too) all read what the bot posts there.
/// </summary>
public enum ConversationKind
{
    /// <summary>The caller's 1:1 chat with the bot (Teams conversationType "personal").</summary>
    Personal,

    /// <summary>A group or meeting chat (Teams conversationType "groupChat"), and any type the bot does not know.</summary>
    GroupChat,

    /// <summary>A team channel (Teams conversationType "channel").</summary>
    Channel,
}

/// <summary>Reads the Teams conversation type: personal only when it says so; anything unknown counts as shared.</summary>
public static class ConversationKinds
{
    public static ConversationKind FromTeams(string? conversationType, string? channelId) => conversationType switch
    {
        "personal" when channelId is null => ConversationKind.Personal,
        "channel" => ConversationKind.Channel,
        _ when channelId is not null => ConversationKind.Channel,
        _ => ConversationKind.GroupChat,
    };

    public static bool IsShared(this ConversationKind kind) => kind != ConversationKind.Personal;
}
