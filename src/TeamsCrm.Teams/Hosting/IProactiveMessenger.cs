using TeamsCrm.Teams.Connector;
using TeamsCrm.Teams.Schema;

namespace TeamsCrm.Teams.Hosting;

/// <summary>
/// Messages the bot sends on its own (handoff notifications, reminders) to a stored conversation reference.
/// A reference marked unusable is not written to (answers <see cref="ConnectorOutcome.Blocked"/>); a 403
/// MessageWritesBlocked/BotDisabledByAdmin marks it unusable.
/// </summary>
public interface IProactiveMessenger
{
    Task<ConnectorResult<ResourceResponse>> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends to a user's personal chat: the stored one, else a new 1:1 conversation created through the connector.</summary>
    Task<ConnectorResult<ResourceResponse>> SendToUserAsync(string tenantId, string aadObjectIdOrUserId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Starts a new thread in a channel with <paramref name="activity"/> as its first message.</summary>
    Task<ConnectorResult<ConversationResourceResponse>> CreateChannelThreadAsync(ConversationReference channel, string channelId, Activity activity, CancellationToken cancellationToken = default);
}
