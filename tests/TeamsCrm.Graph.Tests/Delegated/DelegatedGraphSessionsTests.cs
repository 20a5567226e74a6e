using Moq;
using TeamsCrm.Graph.Delegated;
using TeamsCrm.TestSupport;

namespace TeamsCrm.Graph.Tests.Delegated;

public sealed class DelegatedGraphSessionsTests
{
    private static readonly string Megan = TestUsers.MeganId;
    private static readonly string Lukas = TestUsers.LukasId;

    [Fact]
    public async Task StartAsync_ConfiguredTenant_ExchangesTheSsoTokenOnceAndKeepsTheGraphToken()
    {
        var graph = new SessionsHarness();

        Assert.True(await graph.Sessions.StartAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken));

        graph.Client.Verify(c => c.ExchangeAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken, It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(graph.Sessions.Has(SessionsHarness.Tenant, Megan));
        Assert.False(graph.Sessions.Has(SessionsHarness.Tenant, Lukas));
        Assert.Equal($"delegated-{Megan}", await graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant, Megan));
        Assert.Equal($"delegated-{Megan}", await graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant.ToUpperInvariant(), Megan.ToUpperInvariant()));
        graph.Client.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e", "an-object-id")]
    [InlineData("not-a-tenant", "an-object-id")]
    [InlineData(GraphHarness.TenantId, "not-a-guid")]
    public async Task StartAsync_OtherTenantOrMalformedId_NeverExchanges(string tenant, string user)
    {
        var graph = new SessionsHarness();
        var userId = user == "an-object-id" ? Megan : user;

        Assert.False(await graph.Sessions.StartAsync(tenant, userId, SessionsHarness.SsoToken));

        graph.Client.VerifyNoOtherCalls();
        Assert.Null(await graph.Sessions.AccessTokenAsync(tenant, userId));
    }

    [Fact]
    public async Task StartAsync_Disabled_NeverExchanges()
    {
        var graph = new SessionsHarness(o => o.Enabled = false);

        Assert.False(await graph.Sessions.StartAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken));

        graph.Client.VerifyNoOtherCalls();
        Assert.False(graph.Sessions.Has(SessionsHarness.Tenant, Megan));
    }

    [Fact]
    public async Task StartAsync_ExchangeRefused_FalseAndNoSession()
    {
        var graph = new SessionsHarness();
        graph.Client.Setup(c => c.ExchangeAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("AADSTS65001: consent required"));

        Assert.False(await graph.Sessions.StartAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken));

        Assert.False(graph.Sessions.Has(SessionsHarness.Tenant, Megan));
        Assert.Null(await graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant, Megan));
    }

    [Fact]
    public async Task StartAsync_ExchangeHangs_GivesUpAfterTheExchangeTimeout()
    {
        var graph = new SessionsHarness(o => o.ExchangeTimeout = TimeSpan.FromSeconds(3));
        graph.Client.Setup(c => c.ExchangeAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken, It.IsAny<CancellationToken>()))
            .Returns((string _, string _, string _, CancellationToken token) => Task.Delay(Timeout.Infinite, token).ContinueWith<DelegatedAccessToken>(_ => throw new TaskCanceledException(), TaskScheduler.Default));

        var started = graph.Sessions.StartAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken);
        Assert.False(started.IsCompleted);
        graph.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.False(await started);
        Assert.False(graph.Sessions.Has(SessionsHarness.Tenant, Megan));
    }

    [Fact]
    public async Task AccessTokenAsync_NearExpiry_ConcurrentReadersShareOneRefresh()
    {
        var graph = new SessionsHarness();
        await graph.Sessions.StartAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken);
        var refresh = new TaskCompletionSource<DelegatedAccessToken>();
        graph.Client.Setup(c => c.RefreshAsync(SessionsHarness.Tenant, Megan, It.IsAny<CancellationToken>())).Returns(refresh.Task);
        graph.Time.Advance(TimeSpan.FromMinutes(56)); // 4 minutes left: inside the refresh margin

        var first = graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant, Megan);
        var second = graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant, Megan);
        refresh.SetResult(graph.Token("refreshed", TimeSpan.FromHours(1)));

        Assert.All(await Task.WhenAll(first, second), token => Assert.Equal("refreshed", token));
        graph.Client.Verify(c => c.RefreshAsync(SessionsHarness.Tenant, Megan, It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(await Eventually.HoldsAsync(async () => await graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant, Megan) == "refreshed", TimeSpan.FromSeconds(5)));
        graph.Client.Verify(c => c.RefreshAsync(SessionsHarness.Tenant, Megan, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AccessTokenAsync_RefreshFails_EndsTheSessionAndForgetsIt()
    {
        var graph = new SessionsHarness();
        graph.AllowForget();
        await graph.Sessions.StartAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken);
        graph.Client.Setup(c => c.RefreshAsync(SessionsHarness.Tenant, Megan, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("AADSTS50173: the grant has expired"));
        graph.Time.Advance(TimeSpan.FromMinutes(58));

        Assert.Null(await graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant, Megan));

        Assert.False(graph.Sessions.Has(SessionsHarness.Tenant, Megan));
        graph.Client.Verify(c => c.ForgetAsync(SessionsHarness.Tenant, Megan, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AccessTokenAsync_AfterTheSessionLifetime_EndsTheSession()
    {
        var graph = new SessionsHarness(o => o.SessionLifetime = TimeSpan.FromHours(2));
        graph.AllowForget();
        await graph.Sessions.StartAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken);
        graph.Client.Setup(c => c.RefreshAsync(SessionsHarness.Tenant, Megan, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => graph.Token("refreshed", TimeSpan.FromHours(1)));
        graph.Time.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal("refreshed", await graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant, Megan));

        graph.Time.Advance(TimeSpan.FromMinutes(30));

        Assert.False(graph.Sessions.Has(SessionsHarness.Tenant, Megan));
        Assert.Null(await graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant, Megan));
        graph.Client.Verify(c => c.ForgetAsync(SessionsHarness.Tenant, Megan, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task StartAsync_BeyondCapacity_EndsTheLeastRecentlyUsedSession()
    {
        var graph = new SessionsHarness(o => o.SessionCapacity = 2);
        graph.AllowForget();
        var pat = TestUsers.PatId;
        await graph.Sessions.StartAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken);
        graph.Time.Advance(TimeSpan.FromMinutes(1));
        await graph.Sessions.StartAsync(SessionsHarness.Tenant, Lukas, SessionsHarness.SsoToken);
        graph.Time.Advance(TimeSpan.FromMinutes(1));
        await graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant, Megan); // Megan used since: Lukas is the least recently used

        await graph.Sessions.StartAsync(SessionsHarness.Tenant, pat, SessionsHarness.SsoToken);

        Assert.Equal(2, graph.Sessions.Count);
        Assert.True(graph.Sessions.Has(SessionsHarness.Tenant, Megan));
        Assert.False(graph.Sessions.Has(SessionsHarness.Tenant, Lukas));
        Assert.True(graph.Sessions.Has(SessionsHarness.Tenant, pat));
        Assert.True(await Eventually.HoldsAsync(() => graph.Client.Invocations.Any(i => i.Method.Name == nameof(IOnBehalfOfTokenClient.ForgetAsync) && Equals(i.Arguments[1], Lukas)), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task EndAsync_SignOut_EndsTheSessionAndForgetsIt()
    {
        var graph = new SessionsHarness();
        graph.AllowForget();
        await graph.Sessions.StartAsync(SessionsHarness.Tenant, Megan, SessionsHarness.SsoToken);

        await graph.Sessions.EndAsync(SessionsHarness.Tenant, Megan);

        Assert.Null(await graph.Sessions.AccessTokenAsync(SessionsHarness.Tenant, Megan));
        graph.Client.Verify(c => c.ForgetAsync(SessionsHarness.Tenant, Megan, It.IsAny<CancellationToken>()), Times.Once);
    }
}
