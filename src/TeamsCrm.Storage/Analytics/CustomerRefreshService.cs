using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Every <see cref="StorageOptions.SummaryRefreshInterval"/>: recomputes the due customer summaries
/// (<see cref="CustomerSummaryRefresher"/>), then retrains the tenants' deal score models older than
/// Analytics:RetrainInterval. Failures are logged; the next round tries again.
/// </summary>
public sealed partial class CustomerRefreshService(CustomerSummaryRefresher refresher, IOptions<StorageOptions> options, TimeProvider time, ILogger<CustomerRefreshService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SummaryRefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var refreshed = await refresher.RefreshDueAsync(stoppingToken).ConfigureAwait(false);
                var retrained = await refresher.RetrainDueAsync(stoppingToken).ConfigureAwait(false);
                if (refreshed + retrained > 0)
                {
                    LogRefreshed(refreshed, retrained);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRefreshFailed(ex);
            }
        }
    }

    [LoggerMessage(EventId = 8760, Level = LogLevel.Debug, Message = "Recomputed the customer summaries of {Refreshed} tenants; retrained {Retrained} deal score models on schedule.")]
    private partial void LogRefreshed(int refreshed, int retrained);

    [LoggerMessage(EventId = 8761, Level = LogLevel.Error, Message = "Recomputing the customer summaries or retraining the deal score models failed; the next round tries again.")]
    private partial void LogRefreshFailed(Exception exception);
}
