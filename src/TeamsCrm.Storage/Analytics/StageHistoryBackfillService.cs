using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Runs <see cref="StageHistoryBackfill"/> once at start, in the background (a run cut short resumes at the next start
/// from its checkpoint). Failures are logged; the next start tries again.
/// </summary>
public sealed partial class StageHistoryBackfillService(StageHistoryBackfill backfill, TimeProvider time, ILogger<StageHistoryBackfillService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = time.GetTimestamp();
            var result = await backfill.RunAsync(stoppingToken).ConfigureAwait(false);
            if (result.Tenants > 0)
            {
                var milliseconds = (long)time.GetElapsedTime(started).TotalMilliseconds;
                LogFilled(result.Rows, result.Deals, result.Tenants, StageHistoryBackfill.Version, milliseconds);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(EventId = 8910, Level = LogLevel.Information, Message = "Wrote {Rows} stage rows of {Deals} deals of {Tenants} tenants from their audit entries (stage history version {Version}) in {Milliseconds} ms.")]
    private partial void LogFilled(int rows, int deals, int tenants, int version, long milliseconds);

    [LoggerMessage(EventId = 8911, Level = LogLevel.Error, Message = "Writing the stage history from the audit entries failed; the next start resumes it.")]
    private partial void LogFailed(Exception exception);
}
