using Microsoft.Extensions.Options;

namespace TeamsCrm.Web.Notifications;

/// <summary>
/// At start and then every <see cref="NotificationDeliveryOptions.SweepInterval"/>, delivers every pending notification
/// that is due: those a crashed or failed turn left behind, retries after a backoff, and what other instances wrote.
/// A failing run is logged; nothing but stopping ends the loop.
/// </summary>
internal sealed partial class NotificationDeliveryService(
    NotificationDelivery delivery, IOptions<NotificationDeliveryOptions> options, TimeProvider time, ILogger<NotificationDeliveryService> logger) : BackgroundService
{
    private int _completedRuns;

    /// <summary>Runs finished so far (tests wait for it).</summary>
    internal int CompletedRuns => Volatile.Read(ref _completedRuns);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        try
        {
            sent = await delivery.DeliverDueAsync(cancellationToken);
            if (sent > 0)
            {
                LogDelivered(sent);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogRunFailed(ex);
        }

        Interlocked.Increment(ref _completedRuns);
        return sent;
    }

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Delivered {Count} pending notifications.")]
    private partial void LogDelivered(int count);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Error, Message = "The notification delivery run failed; the next run tries again.")]
    private partial void LogRunFailed(Exception exception);
}
