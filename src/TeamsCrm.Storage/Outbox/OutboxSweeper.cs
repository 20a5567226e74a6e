using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCrm.Storage.Configuration;

namespace TeamsCrm.Storage.Outbox;

/// <summary>Runs <see cref="IndexOutbox.RepairAsync"/> at start-up and then periodically.</summary>
public sealed partial class OutboxSweeper(IndexOutbox outbox, IOptions<StorageOptions> options, TimeProvider time, ILogger<OutboxSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OutboxSweepInterval, time);
        do
        {
            try
            {
                var repaired = await outbox.RepairAsync(options.Value.OutboxRepairDelay, stoppingToken);
                if (repaired > 0)
                {
                    LogRepaired(repaired);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Repaired {Count} index updates interrupted before they completed.")]
    private partial void LogRepaired(int count);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "The outbox sweep failed; it will run again.")]
    private partial void LogSweepFailed(Exception exception);
}
