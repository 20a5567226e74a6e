using Azure.Core.Pipeline;

namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// Counts the floor's storage attempts that failed and were retried by the client (a timeout, a connection
/// Azurite had closed, a 5xx), so a floor slowed by retries rather than by queueing is visible in the report.
/// </summary>
internal sealed class StorageRetries : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Failures => _failures;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The harness is async only.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        catch (Exception ex)
        {
            Count(ex.GetType().Name + ": " + ex.Message.Split('\n')[0]);
            throw;
        }

        if (message.Response.Status is 408 or 429 or >= 500)
        {
            Count("HTTP " + message.Response.Status);
        }
    }

    private void Count(string reason) => _failures.AddOrUpdate(reason, 1, (_, count) => count + 1);
}
