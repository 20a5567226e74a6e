
namespace TeamsCrm.Conversation.Notifications;

/// <summary>
/// A pending notification as its recipient may see it now: a message to their 1:1 chat (<see cref="Message"/>, sent
/// once per <see cref="OnceKey"/>) and/or cards of theirs to replace in place (<see cref="Updates"/>). Empty when there
/// is nothing the recipient may be told any more (the record is gone from their view, the handoff was answered).
/// </summary>
public sealed record RenderedNotification(string UserId, string OnceKey, OutgoingMessage? Message, IReadOnlyList<CardUpdate> Updates)
{
    public bool IsEmpty => Message is null && Updates.Count == 0;

    public static RenderedNotification Nothing(string userId, string onceKey) => new(userId, onceKey, null, []);
}
