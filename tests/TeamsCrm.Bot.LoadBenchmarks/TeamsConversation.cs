namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>Where a card sits: a channel post (the conversation id names the thread) or the user's 1:1 chat with the bot.</summary>
internal sealed record TeamsConversation(string Id, string Type, string? ChannelId, string? ReplyToId)
{
    public const string TeamId = "19:sales-team@thread.tacv2";

    public static TeamsConversation Channel(string channelId, string messageId) =>
        new($"{channelId};messageid={messageId}", "channel", channelId, messageId);

    public static TeamsConversation Personal(string conversationId) => new(conversationId, "personal", null, null);
}
