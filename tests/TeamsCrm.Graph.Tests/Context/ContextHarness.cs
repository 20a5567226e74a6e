using Microsoft.Extensions.Logging.Abstractions;
using TeamsCrm.Graph.Context;
using TeamsCrm.Graph.Photos;

namespace TeamsCrm.Graph.Tests.Context;

/// <summary>A <see cref="GraphPeopleContextSource"/> and <see cref="GraphPersonPhotoSource"/> on a fresh loopback Graph stub.</summary>
public sealed class ContextHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private GraphClientProvider _clients = null!;

    private ContextHarness(GraphStub stub, TimeProvider time)
    {
        Stub = stub;
        Time = time;
    }

    public GraphStub Stub { get; }

    public TimeProvider Time { get; }

    public FakeTokenCredential Credential { get; } = new();

    public GraphPeopleContextSource Source { get; private set; } = null!;

    public GraphPersonPhotoSource Photos { get; private set; } = null!;

    /// <summary>The calendar window of every request here: 60 days back, 30 ahead.</summary>
    public static PeopleContextRequest Request(string[] people, string[] calendars) =>
        new(GraphHarness.TenantId, people, calendars, Now.AddDays(-60), Now.AddDays(30));

    /// <param name="configure">Changes to the options.</param>
    /// <param name="realTime">The system clock (for timeouts) instead of a fake one.</param>
    /// <param name="noCredential">Graph:Credential=None: no token at all.</param>
    public static async Task<ContextHarness> StartAsync(Action<GraphOptions>? configure = null, bool realTime = false, bool noCredential = false)
    {
        var harness = new ContextHarness(await GraphStub.StartAsync(), realTime ? TimeProvider.System : new FakeTimeProvider(Now));
        var options = new GraphOptions
        {
            Mode = GraphMode.Live,
            BaseUrl = harness.Stub.BaseUrl,
            TenantId = GraphHarness.TenantId,
            ClientId = "1a2b3c4d-0000-4000-8000-000000000001",
            ClientSecret = "not-used-by-the-fake-credential",
            RetriesTimeLimit = TimeSpan.FromSeconds(2),
        };
        configure?.Invoke(options);
        harness._clients = new GraphClientProvider(Options.Create(options), noCredential ? null : harness.Credential);
        harness.Source = new GraphPeopleContextSource(harness._clients, Options.Create(options), harness.Time, NullLogger<GraphPeopleContextSource>.Instance);
        harness.Photos = new GraphPersonPhotoSource(harness._clients, Options.Create(options), harness.Time, NullLogger<GraphPersonPhotoSource>.Instance);
        return harness;
    }

    public void Advance(TimeSpan by) => ((FakeTimeProvider)Time).Advance(by);

    public async ValueTask DisposeAsync()
    {
        _clients.Dispose();
        await Stub.DisposeAsync();
    }
}
