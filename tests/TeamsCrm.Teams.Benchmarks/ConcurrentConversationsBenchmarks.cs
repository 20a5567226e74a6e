using Microsoft.AspNetCore.Builder;

namespace TeamsCrm.Teams.Benchmarks;

/// <summary>
/// Throughput: 50 conversations at once, each sending turns one after another, replies posted through the real
/// connector client (token cached) to a loopback fake connector. Mean per operation = time per turn; turns/s = 1/mean.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ConcurrentConversationsBenchmarks
{
    private const int Conversations = 50;
    private const int TurnsPerConversation = 20;
    private LoopbackServer _fake = null!;
    private BotPipeline _pipeline = null!;
    private byte[][] _bodies = null!;
    private string _authorization = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fake = LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/{tenant}/oauth2/v2.0/token", () => Results.Json(new { access_token = "bench-token", expires_in = 3600 }));
            app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", () => Results.Json(new { id = "1" }, statusCode: 201));
        }).GetAwaiter().GetResult();
        var serviceUrl = _fake.BaseAddress.ToString();
        var baseUrl = serviceUrl.TrimEnd('/');
        _pipeline = new BotPipeline(authority: baseUrl);
        _authorization = _pipeline.Authorization(serviceUrl);
        _bodies = [.. Enumerable.Range(0, Conversations).Select(i => Activities.ChannelMessage(serviceUrl, $"19:conversation-{i}@thread.tacv2", "1"))];
        var check = BotPipeline.Request(_bodies[0], _authorization);
        _pipeline.Processor.ProcessAsync(check).GetAwaiter().GetResult();
        if (check.Response.StatusCode != 200)
        {
            throw new InvalidOperationException($"The pipeline answered {check.Response.StatusCode}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pipeline.Dispose();
        _fake.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Conversations * TurnsPerConversation)]
    public Task FiftyConcurrentConversations() =>
        Task.WhenAll(_bodies.Select(async body =>
        {
            for (var turn = 0; turn < TurnsPerConversation; turn++)
            {
                await _pipeline.Processor.ProcessAsync(BotPipeline.Request(body, _authorization));
            }
        }));
}
