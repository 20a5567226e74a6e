using Microsoft.Extensions.Logging.Abstractions;

namespace TeamsCrm.Graph.Tests.People;

/// <summary>A <see cref="GraphPeopleDirectory"/> wired to a fresh loopback Graph stub and a fake credential.</summary>
public sealed class GraphHarness : IAsyncDisposable
{
    public const string TenantId = "5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";
    public const string OtherTenantId = "0b7e8f90-1a2b-4c3d-9e8f-a0b1c2d3e4f5";

    private GraphClientProvider _clients = null!;

    private GraphHarness(GraphStub stub) => Stub = stub;

    public GraphStub Stub { get; }

    public FakeTokenCredential Credential { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public GraphPeopleDirectory Directory { get; private set; } = null!;

    public static async Task<GraphHarness> StartAsync(Action<GraphOptions>? configure = null)
    {
        var harness = new GraphHarness(await GraphStub.StartAsync());
        var options = new GraphOptions
        {
            BaseUrl = harness.Stub.BaseUrl,
            TenantId = TenantId,
            ClientId = "1a2b3c4d-0000-4000-8000-000000000001",
            ClientSecret = "not-used-by-the-fake-credential",
        };
        configure?.Invoke(options);
        harness._clients = new GraphClientProvider(Options.Create(options), harness.Credential);
        harness.Directory = new GraphPeopleDirectory(harness._clients, Options.Create(options), harness.Time, NullLogger<GraphPeopleDirectory>.Instance);
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        _clients.Dispose();
        await Stub.DisposeAsync();
    }
}
