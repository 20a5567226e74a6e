using TeamsCrm.Teams.Connector;

namespace TeamsCrm.Teams.Hosting;

/// <summary>
/// Messages the bot sends on its own (notifications, reminders) to a stored conversation reference.
/// A reference marked unusable is not written to (answers <see cref="ConnectorOutcome.Blocked"/>); a 403
/// MessageWritesBlocked/BotDisabledByAdmin marks it unusable.
/// </summary>
public interface IProactiveMessenger
{
    Task<ConnectorResult<ResourceResponse>> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends to a user's personal chat: the stored one, else a new 1:1 conversation created through the connector.
    /// On success the value says where the activity landed, so it can be updated later (<see cref="UpdateAsync"/>).
    /// </summary>
    Task<ConnectorResult<SentActivity>> SendToUserAsync(string tenantId, string aadObjectIdOrUserId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Replaces an activity the bot sent earlier (PUT), for everyone in that conversation. Replacing it twice with the same content is harmless.</summary>
    Task<ConnectorResult<ResourceResponse>> UpdateAsync(SentActivity sent, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Starts a new thread in a channel with <paramref name="activity"/> as its first message.</summary>
    Task<ConnectorResult<ConversationResourceResponse>> CreateChannelThreadAsync(ConversationReference channel, string channelId, Activity activity, CancellationToken cancellationToken = default);
}
