using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.Extensibility;

namespace TeamsCrm.Graph.Delegated;

/// <summary>
/// On-behalf-of with MSAL's long-running web API flow: one confidential client (the app's secret or certificate,
/// authority <c>{AuthorityHost}/{TenantId}</c>); each user's session key is "tenant.object id". MSAL keeps each
/// session's tokens (the refresh token too) in <see cref="MsalSessionCache"/>, bounded like the sessions. Scopes:
/// <see cref="DelegatedScopes"/> on the host of Graph:BaseUrl. Creating it contacts nothing.
/// </summary>
public sealed class MsalOnBehalfOfTokenClient : IOnBehalfOfTokenClient
{
    private readonly Lazy<IConfidentialClientApplication> _application;
    private readonly string[] _scopes;

    public MsalOnBehalfOfTokenClient(IOptions<GraphOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var graph = options.Value;
        _scopes = DelegatedScopes.For(graph.BaseUrl);
        _application = new(() => Create(graph));
    }

    public async Task<DelegatedAccessToken> ExchangeAsync(string tenantId, string userId, string userAssertion, CancellationToken cancellationToken)
    {
        var result = await Initiate(userAssertion, SessionKey(tenantId, userId)).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return new DelegatedAccessToken(result.AccessToken, result.ExpiresOn);
    }

    public async Task<DelegatedAccessToken> RefreshAsync(string tenantId, string userId, CancellationToken cancellationToken)
    {
        var result = await ((ILongRunningWebApi)_application.Value)
            .AcquireTokenInLongRunningProcess(_scopes, SessionKey(tenantId, userId))
            .ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return new DelegatedAccessToken(result.AccessToken, result.ExpiresOn);
    }

    public async Task ForgetAsync(string tenantId, string userId, CancellationToken cancellationToken)
    {
        if (_application.IsValueCreated)
        {
            await ((ILongRunningWebApi)_application.Value).StopLongRunningProcessInWebApiAsync(SessionKey(tenantId, userId), cancellationToken).ConfigureAwait(false);
        }
    }

    private AcquireTokenOnBehalfOfParameterBuilder Initiate(string userAssertion, string sessionKey) =>
        ((ILongRunningWebApi)_application.Value).InitiateLongRunningProcessInWebApi(_scopes, userAssertion, ref sessionKey);

    private static string SessionKey(string tenantId, string userId) => $"{tenantId.ToLowerInvariant()}.{userId.ToLowerInvariant()}";

    private static IConfidentialClientApplication Create(GraphOptions graph)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(graph.ClientId)
            .WithAuthority(new Uri(graph.AuthorityHost, graph.TenantId).AbsoluteUri);
        builder = graph.EffectiveCredential switch
        {
            GraphCredentialKind.ClientSecret => builder.WithClientSecret(graph.ClientSecret),
            GraphCredentialKind.Certificate => builder.WithCertificate(LoadCertificate(graph.CertificatePath!), sendX5C: true),
            _ => throw new InvalidOperationException("On-behalf-of needs the app's client secret or certificate (Graph:Credential=ClientSecret or Certificate)."),
        };
        var application = builder.Build();
        new MsalSessionCache(graph.Delegated.SessionCapacity).Attach(application.UserTokenCache);
        return application;
    }

    private static X509Certificate2 LoadCertificate(string path) =>
        string.Equals(Path.GetExtension(path), ".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
}
