namespace TeamsCrm.Teams.Persistence;

/// <summary>Conversation references per tenant: everything a proactive message needs.</summary>
public interface IConversationReferenceStore
{
    /// <summary>
    /// Saves the reference (and, for personal chats, the user's personal-chat entry); clears "unusable". A reference
    /// without a locale keeps the one stored before.
    /// </summary>
    Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken = default);

    Task<ConversationReference?> GetIfExistsAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>The personal chat of a user (by Entra object id), if the bot has one with them.</summary>
    Task<ConversationReference?> GetPersonalIfExistsAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken = default);

    /// <summary>Marks a conversation unusable (blocked, bot disabled, uninstalled) so proactive sends stop.</summary>
    Task MarkUnusableAsync(string tenantId, string conversationId, string reason, CancellationToken cancellationToken = default);

    IAsyncEnumerable<ConversationReference> QueryAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The locale of the user's latest activity that carried one, in any conversation (e.g. "de-DE"), or null when
    /// unknown. The default reads the locale of the user's personal chat.
    /// </summary>
    async Task<string?> GetUserLocaleAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken = default) =>
        (await GetPersonalIfExistsAsync(tenantId, aadObjectId, cancellationToken).ConfigureAwait(false))?.Locale;

    /// <summary>
    /// Every tenant the bot has stored a reference for (background jobs such as reminders walk them). The
    /// default knows none.
    /// </summary>
    IAsyncEnumerable<string> QueryTenantsAsync(CancellationToken cancellationToken = default) => AsyncEnumerable.Empty<string>();
}
