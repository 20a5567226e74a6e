using TeamsCrm.Conversation.Notifications;
using TeamsCrm.Storage.Notifications;
using TeamsCrm.Web.Bot;

namespace TeamsCrm.Web.Notifications;

/// <summary>
/// Delivers durable notifications, each once: takes its ticket (a conditional update: of several instances only one
/// holds it, until the lease ends), reads the notification, renders it as its recipient now
/// (<see cref="NotificationRenderer"/>), sends it (<see cref="NotificationDispatcher.DeliverAsync"/>), and only then
/// removes it. A failed attempt is tried again after an exponential backoff with jitter, kept in the ticket (so it
/// survives a restart) until <see cref="NotificationDeliveryOptions.MaxAttempts"/>; a marker whose transaction never
/// committed is dropped after the storage repair delay. Used right after a turn (its own notifications, at once) and by
/// <see cref="NotificationDeliveryService"/> (everything due).
/// </summary>
internal sealed partial class NotificationDelivery(
    PendingNotificationStore store,
    NotificationRenderer renderer,
    NotificationDispatcher dispatcher,
    IOptions<NotificationDeliveryOptions> options,
    TimeProvider time,
    ILogger<NotificationDelivery> logger)
{
    private const int SweepBatch = 200;

    /// <summary>The jitter source, in [0, 1) (replaceable so tests can pin the schedule).</summary>
    internal Func<double> Jitter { get; set; } = Random.Shared.NextDouble;

    /// <summary>Delivers the given tickets (a turn's own), in order; returns how many were sent.</summary>
    public async Task<int> DeliverAsync(IReadOnlyList<NotificationTicket> tickets, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var ticket in tickets)
        {
            sent += await DeliverOneAsync(ticket, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    /// <summary>Delivers everything due now (up to a batch); returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var due = new List<NotificationTicket>();
        await foreach (var ticket in store.ListDueAsync(SweepBatch, cancellationToken))
        {
            due.Add(ticket);
        }

        return await DeliverAsync(due, cancellationToken);
    }

    private async Task<bool> DeliverOneAsync(NotificationTicket ticket, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        if (ticket.NextAttemptAt > now || await store.TryTakeAsync(ticket, now + settings.Lease, cancellationToken) is not { } taken)
        {
            return false;
        }

        try
        {
            var notification = await store.ReadAsync(taken, cancellationToken);
            if (notification is null)
            {
                await SettleMissingAsync(taken, cancellationToken);
                return false;
            }

            var rendered = await renderer.RenderAsync(taken.TenantId, notification, cancellationToken);
            var outcome = rendered.IsEmpty
                ? DeliveryOutcome.Sent
                : await dispatcher.DeliverAsync(taken.TenantId, rendered, settings.Lease, cancellationToken);
            switch (outcome)
            {
                case DeliveryOutcome.Sent or DeliveryOutcome.Blocked:
                    await store.CompleteAsync(taken, cancellationToken);
                    return outcome == DeliveryOutcome.Sent && !rendered.IsEmpty;
                case DeliveryOutcome.ClaimedElsewhere:
                    await store.RescheduleAsync(taken, now + settings.Lease, cancellationToken);
                    return false;
                default:
                    await RetryLaterAsync(taken, cancellationToken);
                    return false;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAttemptFailed(ex, taken.NotificationId, taken.Attempts);
            await RetryLaterAsync(taken, CancellationToken.None);
            return false;
        }
    }

    /// <summary>No notification behind the marker: its transaction is still in flight (look again soon), or never committed (drop the marker).</summary>
    private async Task SettleMissingAsync(NotificationTicket taken, CancellationToken cancellationToken)
    {
        if (store.IsOrphan(taken))
        {
            LogOrphanDropped(taken.NotificationId);
            await store.DropMarkerAsync(taken, cancellationToken);
        }
        else
        {
            await store.RescheduleAsync(taken, time.GetUtcNow() + options.Value.RetryBaseDelay, cancellationToken);
        }
    }

    private async Task RetryLaterAsync(NotificationTicket taken, CancellationToken cancellationToken)
    {
        try
        {
            if (taken.Attempts >= options.Value.MaxAttempts)
            {
                LogGaveUp(taken.NotificationId, taken.Kind, taken.Attempts);
                await store.CompleteAsync(taken, cancellationToken);
                return;
            }

            var delay = NotificationBackoff.After(taken.Attempts, options.Value, Jitter());
            await store.RescheduleAsync(taken, time.GetUtcNow() + delay, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Storage is failing too: the lease runs out and the next sweep tries again.
            LogAttemptFailed(ex, taken.NotificationId, taken.Attempts);
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Delivering notification {NotificationId} failed (attempt {Attempts}); it will be retried")]
    private partial void LogAttemptFailed(Exception exception, string notificationId, int attempts);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Gave up notification {NotificationId} ({Kind}) after {Attempts} attempts")]
    private partial void LogGaveUp(string notificationId, string kind, int attempts);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Dropped the marker of notification {NotificationId}: its change never committed")]
    private partial void LogOrphanDropped(string notificationId);
}
