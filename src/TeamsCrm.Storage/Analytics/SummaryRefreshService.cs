using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Fills the facts once (<see cref="FactBackfill"/>), then recomputes due summaries every
/// <see cref="StorageOptions.SummaryRefreshInterval"/>: a summary is at most that old plus one computation behind its
/// facts. Failures are logged; the next round tries again.
/// </summary>
public sealed partial class SummaryRefreshService(FactBackfill backfill, SummaryRefresher refresher, IOptions<StorageOptions> options, TimeProvider time, ILogger<SummaryRefreshService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var records = await backfill.RunAsync(stoppingToken).ConfigureAwait(false);
            if (records > 0)
            {
                LogFilled(records, FactBackfill.Version);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogBackfillFailed(ex);
        }

        using var timer = new PeriodicTimer(options.Value.SummaryRefreshInterval, time);
        do
        {
            try
            {
                var refreshed = await refresher.RefreshDueAsync(stoppingToken).ConfigureAwait(false);
                if (refreshed > 0)
                {
                    LogRefreshed(refreshed);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRefreshFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(EventId = 8650, Level = LogLevel.Information, Message = "Filled the analytics facts from {Count} stored records (facts version {Version}).")]
    private partial void LogFilled(int count, int version);

    [LoggerMessage(EventId = 8651, Level = LogLevel.Error, Message = "Filling the analytics facts from the stored records failed; the next start tries again.")]
    private partial void LogBackfillFailed(Exception exception);

    [LoggerMessage(EventId = 8652, Level = LogLevel.Debug, Message = "Recomputed the pipeline summaries of {Count} tenants.")]
    private partial void LogRefreshed(int count);

    [LoggerMessage(EventId = 8653, Level = LogLevel.Error, Message = "Recomputing the pipeline summaries failed; the next round tries again.")]
    private partial void LogRefreshFailed(Exception exception);
}
