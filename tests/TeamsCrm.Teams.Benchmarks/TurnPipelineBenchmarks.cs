using BenchmarkDotNet.Attributes;

namespace TeamsCrm.Teams.Benchmarks;

/// <summary>
/// Per-turn overhead of POST /api/messages without storage and network: parse, JWT validation with a cached
/// key (endorsement and serviceurl checks included), routing, the handler, serialising the reply or invoke body.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TurnPipelineBenchmarks
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private BotPipeline _pipeline = null!;
    private byte[] _message = null!;
    private byte[] _invoke = null!;
    private string _authorization = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new BotPipeline(new SerializingConnector());
        _message = Activities.ChannelMessage(ServiceUrl, "19:contoso-account@thread.tacv2;messageid=1796", "1796");
        _invoke = Activities.CardAction(ServiceUrl);
        _authorization = _pipeline.Authorization(ServiceUrl);
        MessageTurn().GetAwaiter().GetResult();
        if (BotPipeline.Request(_message, _authorization) is var check && check is not null)
        {
            _pipeline.Processor.ProcessAsync(check).GetAwaiter().GetResult();
            if (check.Response.StatusCode != 200)
            {
                throw new InvalidOperationException($"The pipeline answered {check.Response.StatusCode}.");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _pipeline.Dispose();

    [Benchmark(Baseline = true)]
    public Task MessageTurn() => _pipeline.Processor.ProcessAsync(BotPipeline.Request(_message, _authorization));

    [Benchmark]
    public Task CardActionInvokeTurn() => _pipeline.Processor.ProcessAsync(BotPipeline.Request(_invoke, _authorization));
}
