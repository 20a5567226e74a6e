namespace TeamsCrm.Graph.Clients;

/// <summary>
/// Graph clients that send one user's delegated token: one HTTP pipeline (the same middleware and limits as the app's
/// client) shared by all, a light client per token on top. Tenants other than the configured one get none.
/// </summary>
public sealed class DelegatedGraphClients : IDisposable
{
    private readonly GraphOptions _options;
    private readonly Lazy<HttpClient> _http;

    public DelegatedGraphClients(IOptions<GraphOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _http = new(() => GraphClientBuilder.BuildHttp(_options));
    }

    public GraphServiceClient? For(string tenantId, string accessToken) =>
        Guid.TryParse(tenantId, out var requested) && Guid.TryParse(_options.TenantId, out var configured) && requested == configured
            ? GraphClientBuilder.ForToken(_http.Value, _options, accessToken)
            : null;

    public void Dispose()
    {
        if (_http.IsValueCreated)
        {
            _http.Value.Dispose();
        }
    }
}
