namespace TeamsCrm.Teams.Tests.Connector;

/// <summary>A real <see cref="ConnectorClient"/> + client-credentials token provider against the fake, with recorded (not slept) delays.</summary>
internal sealed class ConnectorTestContext : IDisposable
{
    public ConnectorTestContext(FakeConnectorServer fake, BotAppType appType = BotAppType.SingleTenant, bool allowLoopback = true)
    {
        var options = Options.Create(new BotOptions
        {
            AppId = TestTokens.AppId,
            TenantId = TestTokens.TenantId,
            AppType = appType,
            ClientSecret = "s3cret",
            Authority = fake.Authority,
            AllowLoopbackServiceUrls = allowLoopback,
        });
        Policy = new ConnectorRetryPolicy(options, Time)
        {
            Delay = (delay, _) =>
            {
                Delays.Add(delay);
                return Task.CompletedTask;
            },
            NextJitter = () => Jitter.Count > 0 ? Jitter.Dequeue() : 0.5,
        };
        Tokens = new ClientCredentialsTokenProvider(options, Factory, Time);
        Client = new ConnectorClient(Factory, Tokens, Policy, new ServiceUrlAllowList(options), NullLogger<ConnectorClient>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.Parse("2026-11-30T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    public List<TimeSpan> Delays { get; } = [];

    public Queue<double> Jitter { get; } = new();

    public ConnectorRetryPolicy Policy { get; }

    public SimpleHttpClientFactory Factory { get; } = new();

    internal ClientCredentialsTokenProvider Tokens { get; }

    public IConnectorClient Client { get; }

    public void Dispose() => Tokens.Dispose();
}

/// <summary>A new HttpClient per call, as IHttpClientFactory would hand out.</summary>
internal sealed class SimpleHttpClientFactory : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new();
}
