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
    private IBotTokenValidator _validator = null!;
    private Activity _parsed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new BotPipeline(new SerializingConnector());
        _message = Activities.ChannelMessage(ServiceUrl, "19:contoso-account@thread.tacv2;messageid=1796", "1796");
        _invoke = Activities.CardAction(ServiceUrl);
        _authorization = _pipeline.Authorization(ServiceUrl);
        _validator = _pipeline.Services.GetRequiredService<IBotTokenValidator>();
        _parsed = JsonSerializer.Deserialize(_message, BotJsonContext.Default.Activity)!;
        var check = BotPipeline.Request(_message, _authorization);
        _pipeline.Processor.ProcessAsync(check).GetAwaiter().GetResult();
        if (check.Response.StatusCode != 200)
        {
            throw new InvalidOperationException($"The pipeline answered {check.Response.StatusCode}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _pipeline.Dispose();

    [Benchmark(Baseline = true)]
    public Task MessageTurn() => _pipeline.Processor.ProcessAsync(BotPipeline.Request(_message, _authorization));

    /// <summary>The part of a turn that is JSON parsing of the activity.</summary>
    [Benchmark]
    public Activity? ParseOnly() => JsonSerializer.Deserialize(_message, BotJsonContext.Default.Activity);

    /// <summary>The part of a turn that is token validation (RSA signature with the cached key, claims, endorsement, serviceurl).</summary>
    [Benchmark]
    public Task<BotAuthResult> TokenValidationOnly() => _validator.ValidateAsync(_authorization, _parsed);

    /// <summary>The floor: one RSA-SHA256 signature check of the same token with the raw key, nothing else.</summary>
    [Benchmark]
    public bool RsaSignatureFloor() => _pipeline.VerifySignature(_authorization);

    [Benchmark]
    public Task CardActionInvokeTurn() => _pipeline.Processor.ProcessAsync(BotPipeline.Request(_invoke, _authorization));
}
