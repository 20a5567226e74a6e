using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
    private WebApplication _fake = null!;
    private BotPipeline _pipeline = null!;
    private byte[][] _bodies = null!;
    private string _authorization = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _fake = builder.Build();
        _fake.MapPost("/{tenant}/oauth2/v2.0/token", () => Results.Json(new { access_token = "bench-token", expires_in = 3600 }));
        _fake.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", () => Results.Json(new { id = "1" }, statusCode: 201));
        _fake.StartAsync().GetAwaiter().GetResult();
        var baseUrl = _fake.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var serviceUrl = baseUrl + "/";
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
        _fake.StopAsync().GetAwaiter().GetResult();
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
