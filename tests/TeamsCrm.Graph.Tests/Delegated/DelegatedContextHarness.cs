using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using TeamsCrm.Graph.Context;
using TeamsCrm.Graph.Delegated;
using TeamsCrm.Graph.Tests.Context;

namespace TeamsCrm.Graph.Tests.Delegated;

/// <summary>
/// <see cref="DelegatedPeopleContextSource"/> on the loopback Graph stub with the real SDK pipeline: app-only tokens from
/// <see cref="FakeTokenCredential"/>, delegated tokens from real <see cref="DelegatedGraphSessions"/> over a mocked
/// on-behalf-of seam ("delegated-{user id}"). Nothing contacts Entra ID or Graph.
/// </summary>
internal sealed class DelegatedContextHarness : IAsyncDisposable
{
    private readonly GraphClientProvider _app;
    private readonly DelegatedGraphClients _delegated;

    private DelegatedContextHarness(GraphStub stub, GraphOptions options)
    {
        Stub = stub;
        Seam.Setup(c => c.ExchangeAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string user, string _, CancellationToken _) => new DelegatedAccessToken(DelegatedToken(user), Time.GetUtcNow().AddHours(1)));
        _app = new GraphClientProvider(Options.Create(options), Credential);
        _delegated = new DelegatedGraphClients(Options.Create(options));
        Sessions = new DelegatedGraphSessions(Seam.Object, Options.Create(options), Time, NullLogger<DelegatedGraphSessions>.Instance);
        var graph = new GraphPeopleContextSource(_app, Options.Create(options), Time, NullLogger<GraphPeopleContextSource>.Instance);
        Source = new DelegatedPeopleContextSource(graph, Sessions, _delegated, Options.Create(options));
    }

    public GraphStub Stub { get; }

    public FakeTimeProvider Time { get; } = new(ContextHarness.Now);

    public FakeTokenCredential Credential { get; } = new();

    public Mock<IOnBehalfOfTokenClient> Seam { get; } = new();

    public DelegatedGraphSessions Sessions { get; }

    public DelegatedPeopleContextSource Source { get; }

    public static string DelegatedToken(string userId) => $"delegated-{userId}";

    public static async Task<DelegatedContextHarness> StartAsync(bool appOnlyCalendars = true)
    {
        var stub = await GraphStub.StartAsync();
        return new DelegatedContextHarness(stub, new GraphOptions
        {
            Mode = GraphMode.Live,
            BaseUrl = stub.BaseUrl,
            TenantId = GraphHarness.TenantId,
            ClientId = "1a2b3c4d-0000-4000-8000-000000000001",
            ClientSecret = "not-used-by-the-fakes",
            RetriesTimeLimit = TimeSpan.FromSeconds(2),
            Delegated = new GraphDelegatedOptions { Enabled = true, AppOnlyCalendars = appOnlyCalendars },
        });
    }

    /// <summary>The card's request for a viewer: the owner and the viewer as people, both calendars.</summary>
    public static PeopleContextRequest Request(string? viewerId, string ownerId)
    {
        string[] people = viewerId is null ? [ownerId] : [ownerId, viewerId];
        return ContextHarness.Request([.. people.Distinct()], [.. people.Distinct()]) with { ViewerId = viewerId };
    }

    public Task<bool> SignInAsync(string userId) => Sessions.StartAsync(GraphHarness.TenantId, userId, "sso-token");

    /// <summary>The calendarView requests sent outside a batch (the delegated reads), with their Authorization.</summary>
    public IReadOnlyList<RecordedRequest> DirectCalendarReads => [.. Stub.RoundTrips.Where(r => r.Path.EndsWith("/calendarView", StringComparison.Ordinal))];

    /// <summary>The calendar steps of the app's batches.</summary>
    public IReadOnlyList<RecordedRequest> BatchedCalendarReads => [.. Stub.Requests.Where(r => r.InBatch && r.Path.EndsWith("/calendarView", StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        _app.Dispose();
        _delegated.Dispose();
        await Stub.DisposeAsync();
    }
}
