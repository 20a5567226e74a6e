using Azure.Core.Pipeline;

namespace TeamsCrm.Storage.Benchmarks;

/// <summary>
/// Records every storage request of one measured operation, so the harness can report how many
/// requests it sent and how many of them had to wait for another (sequential round trips).
/// </summary>
internal sealed class RequestCounter : HttpPipelinePolicy
{
    private readonly List<(long Start, long End)> _requests = [];
    private readonly Lock _gate = new();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The harness is async only.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var start = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline);
        var end = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            _requests.Add((start, end));
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    public int Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    /// <summary>The longest chain of requests in which each started only after the previous one ended.</summary>
    public int SequentialRoundTrips
    {
        get
        {
            lock (_gate)
            {
                var ordered = _requests.OrderBy(r => r.Start).ToArray();
                var depth = new int[ordered.Length];
                for (var i = 0; i < ordered.Length; i++)
                {
                    depth[i] = 1 + Enumerable.Range(0, i).Where(j => ordered[j].End <= ordered[i].Start).Select(j => depth[j]).DefaultIfEmpty(0).Max();
                }

                return depth.DefaultIfEmpty(0).Max();
            }
        }
    }
}
