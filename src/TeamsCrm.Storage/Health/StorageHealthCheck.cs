using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsCrm.Storage.Health;

/// <summary>Healthy when the data table answers a one-entity query.</summary>
public sealed class StorageHealthCheck(CrmTables tables) : IHealthCheck
{
    /// <summary>How long the check may take before it reports unhealthy (a hanging store).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var page in tables.Data.QueryAsync<Azure.Data.Tables.TableEntity>(StorageKeys.Filter("-"), 1, ["PartitionKey"], cancellationToken).AsPages().ConfigureAwait(false))
            {
                break;
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            return HealthCheckResult.Unhealthy("Table Storage is not reachable.", ex);
        }
    }
}
