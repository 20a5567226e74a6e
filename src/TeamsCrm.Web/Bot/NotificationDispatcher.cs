using Azure;
using TeamsCrm.Conversation.Notifications;
using TeamsCrm.Teams.Connector;
using TeamsCrm.Teams.Hosting;
using TeamsCrm.Teams.Persistence;
using TeamsCrm.Web.Notifications;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// What the conversation asks the bot to send on its own. Notifications go to each person's 1:1 chat, once: every
/// once-key is claimed first, so a redelivered or double-clicked action never notifies twice; a send that fails (other
/// than the user having blocked the bot) gives the claim back. A message with a tracking key is recorded where it
/// landed, and <see cref="UpdateAsync"/> later replaces its card in place (PUT); an unknown key is skipped (the card
/// refreshes itself when opened) and a repeated update is harmless. Tracking is best effort: a storage failure only
/// means a card is not updated in place. Durable notifications (<see cref="DeliverAsync"/>) claim their once-key only for
/// the delivery lease, so a crash between claim and send delays the notification instead of losing it.
/// </summary>
internal sealed partial class NotificationDispatcher(
    IProactiveMessenger messenger,
    IActivityDeduplicator claims,
    ISentActivityStore sentActivities,
    ILogger<NotificationDispatcher> logger)
{
    private static readonly TimeSpan Memory = TimeSpan.FromDays(30);

    public async Task DispatchAsync(string tenantId, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        foreach (var notification in notifications)
        {
            var key = "notify|" + notification.OnceKey;
            if (!await claims.TryClaimAsync(tenantId, key, Memory, cancellationToken))
            {
                continue;
            }

            var result = await messenger.SendToUserAsync(tenantId, notification.UserId, BotMessages.ToActivity(notification.Message), cancellationToken);
            if (result.Succeeded)
            {
                await TrackAsync(notification.Message.TrackingKey, result.Value, cancellationToken);
            }
            else if (result.Outcome != ConnectorOutcome.Blocked)
            {
                await claims.ReleaseAsync(tenantId, key, cancellationToken);
            }
        }
    }

    /// <summary>
    /// One attempt to deliver a rendered durable notification: first its card replacements (idempotent; a failure makes
    /// the whole attempt fail before anything is claimed), then its message, claimed under the once-key for
    /// <paramref name="claimFor"/> (the claim is given back when the send fails, except when the user blocked the bot).
    /// </summary>
    public async Task<DeliveryOutcome> DeliverAsync(string tenantId, RenderedNotification rendered, TimeSpan claimFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var updated = await Task.WhenAll(rendered.Updates.Select(update => UpdateOneAsync(tenantId, update, cancellationToken)));
        if (updated.Contains(false))
        {
            return DeliveryOutcome.Failed;
        }

        if (rendered.Message is not { } message)
        {
            return DeliveryOutcome.Sent;
        }

        var key = "notify|" + rendered.OnceKey;
        if (!await claims.TryClaimAsync(tenantId, key, claimFor, cancellationToken))
        {
            return DeliveryOutcome.ClaimedElsewhere;
        }

        var result = await messenger.SendToUserAsync(tenantId, rendered.UserId, BotMessages.ToActivity(message), cancellationToken);
        if (result.Succeeded)
        {
            await TrackAsync(message.TrackingKey, result.Value, cancellationToken);
            return DeliveryOutcome.Sent;
        }

        if (result.Outcome == ConnectorOutcome.Blocked)
        {
            return DeliveryOutcome.Blocked;
        }

        LogSendFailed(rendered.OnceKey, result.Outcome, result.StatusCode, result.ErrorCode);
        await claims.ReleaseAsync(tenantId, key, cancellationToken);
        return DeliveryOutcome.Failed;
    }

    /// <summary>Records where a message with a tracking key landed; nothing without a key or a location.</summary>
    public async Task TrackAsync(string? trackingKey, SentActivity? sent, CancellationToken cancellationToken)
    {
        if (trackingKey is null || sent is null)
        {
            return;
        }

        try
        {
            await sentActivities.RecordAsync(trackingKey, sent, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            LogTrackFailed(ex, trackingKey);
        }
    }

    /// <summary>Replaces each tracked card in place, concurrently; unknown keys are skipped, failures logged.</summary>
    public async Task UpdateAsync(string tenantId, IReadOnlyList<CardUpdate> updates, CancellationToken cancellationToken)
    {
        if (updates.Count > 0)
        {
            await Task.WhenAll(updates.Select(update => UpdateOneAsync(tenantId, update, cancellationToken)));
        }
    }

    /// <summary>False when it is worth trying again (the connector or storage failed); an unknown key, a deleted message or a blocked chat is done.</summary>
    private async Task<bool> UpdateOneAsync(string tenantId, CardUpdate update, CancellationToken cancellationToken)
    {
        try
        {
            if (await sentActivities.GetIfExistsAsync(tenantId, update.TrackingKey, cancellationToken) is not { } sent)
            {
                return true;
            }

            var result = await messenger.UpdateAsync(sent, MessageFactory.AdaptiveCard(update.Card), cancellationToken);
            if (!result.Succeeded)
            {
                LogUpdateFailed(update.TrackingKey, result.Outcome, result.StatusCode, result.ErrorCode);
            }

            return result.Outcome is ConnectorOutcome.Succeeded or ConnectorOutcome.NotFound or ConnectorOutcome.Blocked;
        }
        catch (RequestFailedException ex)
        {
            LogTrackFailed(ex, update.TrackingKey);
            return false;
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Could not record or read where the card {TrackingKey} was sent; it will not be updated in place")]
    private partial void LogTrackFailed(Exception exception, string trackingKey);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Updating the card {TrackingKey} in place failed: {Outcome} {Status} {Code}")]
    private partial void LogUpdateFailed(string trackingKey, ConnectorOutcome outcome, int? status, string? code);

    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning, Message = "Sending the notification {OnceKey} failed: {Outcome} {Status} {Code}; it will be retried")]
    private partial void LogSendFailed(string onceKey, ConnectorOutcome outcome, int? status, string? code);
}
