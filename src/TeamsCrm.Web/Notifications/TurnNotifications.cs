using TeamsCrm.Storage.Notifications;

namespace TeamsCrm.Web.Notifications;

/// <summary>
/// Low latency for durable notifications: a unit of work (a bot turn, a reminder run) records what it committed
/// (<see cref="Begin"/>) and delivers exactly those right after it (<see cref="DeliverAsync"/>), instead of waiting for
/// the sweep. If that delivery fails or the process dies first, the sweep delivers them later.
/// </summary>
internal sealed class TurnNotifications(NotificationJournal journal, NotificationDelivery delivery, CrashAfterHandoffCommit crash)
{
    public NotificationJournal.Scope Begin() => journal.Begin();

    /// <summary>Delivers what the scope committed; returns how many messages were sent.</summary>
    public Task<int> DeliverAsync(NotificationJournal.Scope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var written = scope.Written;
        if (written.Count == 0)
        {
            return Task.FromResult(0);
        }

        crash.BeforeDelivery(written);
        return delivery.DeliverAsync(written, cancellationToken);
    }
}
