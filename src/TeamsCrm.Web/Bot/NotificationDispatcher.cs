using TeamsCrm.Conversation.Turns;
using TeamsCrm.Teams.Connector;
using TeamsCrm.Teams.Hosting;
using TeamsCrm.Teams.Persistence;
using TeamsCrm.Teams.Schema;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// Sends the conversation's proactive notifications to each person's 1:1 chat, once: every
/// notification's once-key is claimed first, so a redelivered or double-clicked action never
/// notifies twice; a send that fails (other than the user having blocked the bot) gives the claim back.
/// </summary>
internal sealed class NotificationDispatcher(IProactiveMessenger messenger, IActivityDeduplicator claims)
{
    private static readonly TimeSpan Memory = TimeSpan.FromDays(30);

    public async Task DispatchAsync(string tenantId, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        foreach (var notification in notifications)
        {
            var key = "notify|" + notification.OnceKey;
            if (!await claims.TryClaimAsync(tenantId, key, Memory, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var result = await messenger.SendToUserAsync(tenantId, notification.UserId, BotMessages.ToActivity(notification.Message), cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded && result.Outcome != ConnectorOutcome.Blocked)
            {
                await claims.ReleaseAsync(tenantId, key, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
