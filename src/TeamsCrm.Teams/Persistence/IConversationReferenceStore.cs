using TeamsCrm.Teams.Schema;

namespace TeamsCrm.Teams.Persistence;

/// <summary>Conversation references per tenant: everything a proactive message needs.</summary>
public interface IConversationReferenceStore
{
    /// <summary>Saves the reference (and, for personal chats, the user's personal-chat entry); clears "unusable".</summary>
    Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken = default);

    Task<ConversationReference?> GetIfExistsAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>The personal chat of a user (by Entra object id), if the bot has one with them.</summary>
    Task<ConversationReference?> GetPersonalIfExistsAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken = default);

    /// <summary>Marks a conversation unusable (blocked, bot disabled, uninstalled) so proactive sends stop.</summary>
    Task MarkUnusableAsync(string tenantId, string conversationId, string reason, CancellationToken cancellationToken = default);

    IAsyncEnumerable<ConversationReference> QueryAsync(string tenantId, CancellationToken cancellationToken = default);
}
