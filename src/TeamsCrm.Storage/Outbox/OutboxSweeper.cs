using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsCrm.Storage.Outbox;

/// <summary>
/// Runs <see cref="IndexOutbox.RepairAsync"/> at start-up and then periodically, on markers older than
/// <see cref="StorageOptions.OutboxRepairDelay"/> — which start-up validation keeps above the longest a
/// commit can take (<see cref="StorageTimeBounds.MinimumRepairDelay"/>), so a transaction still in
/// flight never loses its marker.
/// </summary>
public sealed partial class OutboxSweeper(IndexOutbox outbox, IOptions<StorageOptions> options, TimeProvider time, ILogger<OutboxSweeper> logger)
    : BackgroundService
{
    /// <summary>One sweep: repairs what is old enough, logs and swallows a failure (the next sweep tries again).</summary>
    public async Task SweepOnceAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var repaired = await outbox.RepairAsync(options.Value.OutboxRepairDelay, cancellationToken).ConfigureAwait(false);
            if (repaired > 0)
            {
                LogRepaired(repaired);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogSweepFailed(ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OutboxSweepInterval, time);
        do
        {
            await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Repaired {Count} index updates interrupted before they completed.")]
    private partial void LogRepaired(int count);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "The outbox sweep failed; it will run again.")]
    private partial void LogSweepFailed(Exception exception);
}
