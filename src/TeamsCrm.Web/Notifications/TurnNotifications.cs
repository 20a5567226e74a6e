using TeamsCrm.Storage.Notifications;

namespace TeamsCrm.Web.Notifications;

/// <summary>
/// Low latency for durable notifications: a unit of work (a bot turn, a reminder run) records what it committed
/// (<see cref="Begin"/>) and delivers exactly those right after it (<see cref="DeliverAsync"/>), instead of waiting for
/// the sweep. The change is already committed, so a failure here never fails the turn: it is logged and the sweep
/// delivers them later (as it does when the process dies first).
/// </summary>
internal sealed partial class TurnNotifications(
    NotificationJournal journal, NotificationDelivery delivery, CrashAfterHandoffCommit crash, ILogger<TurnNotifications> logger)
{
    public NotificationJournal.Scope Begin() => journal.Begin();

    /// <summary>Delivers what the scope committed; returns how many messages were sent.</summary>
    public async Task<int> DeliverAsync(NotificationJournal.Scope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var written = scope.Written;
        if (written.Count == 0)
        {
            return 0;
        }

        crash.BeforeDelivery(written);
        try
        {
            return await delivery.DeliverAsync(written, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDeferred(ex, written.Count);
            return 0;
        }
    }

    [LoggerMessage(EventId = 5120, Level = LogLevel.Warning, Message = "Delivering the {Count} notifications of a turn failed; the sweep delivers them later")]
    private partial void LogDeferred(Exception exception, int count);
}
