using Azure.Core;

namespace TeamsCrm.Graph.Clients;

/// <summary>
/// One <see cref="GraphServiceClient"/> per tenant, created on first use and kept for the app's
/// lifetime (clients are thread-safe; token caching lives in the credential). Today one tenant is
/// configured: any other tenant gets no client, so Graph is never called with the wrong tenant's
/// credential. Serving several tenants means one credential (authority) per tenant here.
/// </summary>
public sealed class GraphClientProvider : IGraphClientProvider, IDisposable
{
    private readonly GraphOptions _options;
    private readonly Lazy<(GraphServiceClient Client, HttpClient Http)> _client;

    public GraphClientProvider(IOptions<GraphOptions> options, TokenCredential? credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _client = new(() => GraphClientBuilder.Build(_options, credential));
    }

    public GraphServiceClient? ForTenant(string tenantId) =>
        IsConfiguredTenant(tenantId) ? _client.Value.Client : null;

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Http.Dispose();
        }
    }

    private bool IsConfiguredTenant(string tenantId) =>
        Guid.TryParse(tenantId, out var requested)
        && Guid.TryParse(_options.TenantId, out var configured)
        && requested == configured;
}
