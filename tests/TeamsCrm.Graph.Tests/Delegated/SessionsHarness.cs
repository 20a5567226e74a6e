using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using TeamsCrm.Graph.Delegated;

namespace TeamsCrm.Graph.Tests.Delegated;

/// <summary><see cref="DelegatedGraphSessions"/> on a mocked on-behalf-of seam and a fake clock: nothing contacts Entra ID.</summary>
internal sealed class SessionsHarness
{
    public const string Tenant = GraphHarness.TenantId;
    public const string SsoToken = "sso-token-of-the-tab";
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public SessionsHarness(Action<GraphDelegatedOptions>? configure = null)
    {
        var options = new GraphOptions { TenantId = Tenant, Delegated = new GraphDelegatedOptions { Enabled = true } };
        configure?.Invoke(options.Delegated);
        Client.Setup(c => c.ExchangeAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string user, string _, CancellationToken _) => Token($"delegated-{user}", TimeSpan.FromHours(1)));
        Sessions = new DelegatedGraphSessions(Client.Object, Options.Create(options), Time, NullLogger<DelegatedGraphSessions>.Instance);
    }

    public Mock<IOnBehalfOfTokenClient> Client { get; } = new(MockBehavior.Strict);

    public FakeTimeProvider Time { get; } = new(Now);

    public DelegatedGraphSessions Sessions { get; }

    public DelegatedAccessToken Token(string value, TimeSpan lifetime) => new(value, Time.GetUtcNow() + lifetime);

    public void AllowForget() =>
        Client.Setup(c => c.ForgetAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
}
