using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TeamsCrm.Storage.Indexes;

/// <summary>Runs <see cref="IndexBackfill"/> once in the background after start; a failure is logged and retried at the next start.</summary>
public sealed partial class IndexBackfillService(IndexBackfill backfill, ILogger<IndexBackfillService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var records = await backfill.RunAsync(stoppingToken).ConfigureAwait(false);
            if (records > 0)
            {
                LogFilled(records, IndexBackfill.Version);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Filled the indexes from {Count} stored records (index version {Version}).")]
    private partial void LogFilled(int count, int version);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Error, Message = "Filling the indexes from the stored records failed; the next start tries again.")]
    private partial void LogFailed(Exception exception);
}
