using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TeamsCrm.Storage.Configuration;

/// <summary>
/// Creates the CRM's tables at start-up, before the app takes requests. If storage is unreachable
/// the app still starts, logs it, and reports unhealthy on /health until storage is back.
/// </summary>
public sealed partial class StorageInitializer(CrmTables tables, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await tables.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            LogStorageUnreachable(ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Could not create the CRM tables; is storage reachable? /health reports unhealthy until it is.")]
    private partial void LogStorageUnreachable(Exception exception);
}
