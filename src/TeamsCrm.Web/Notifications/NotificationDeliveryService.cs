using TeamsCrm.Web.Background;

namespace TeamsCrm.Web.Notifications;

/// <summary>
/// At start and then every <see cref="NotificationDeliveryOptions.SweepInterval"/>, delivers every pending notification
/// that is due: those a crashed or failed turn left behind, retries after a backoff, and what other instances wrote.
/// A failing run is logged; nothing but stopping ends the loop.
/// </summary>
internal sealed partial class NotificationDeliveryService(
    NotificationDelivery delivery, IOptions<NotificationDeliveryOptions> options, TimeProvider time, ILogger<NotificationDeliveryService> logger)
    : PeriodicRunService(time)
{
    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override async Task<int> RunCoreAsync(CancellationToken cancellationToken)
    {
        var sent = await delivery.DeliverDueAsync(cancellationToken);
        if (sent > 0)
        {
            LogDelivered(sent);
        }

        return sent;
    }

    protected override void OnRunFailed(Exception exception) => LogRunFailed(exception);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Delivered {Count} pending notifications.")]
    private partial void LogDelivered(int count);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Error, Message = "The notification delivery run failed; the next run tries again.")]
    private partial void LogRunFailed(Exception exception);
}
