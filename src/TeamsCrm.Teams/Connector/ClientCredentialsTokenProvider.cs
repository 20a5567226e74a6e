using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.Teams.Connector;

/// <summary>
/// Client credentials at {Authority}/{tenant}/oauth2/v2.0/token with scope https://api.botframework.com/.default:
/// tenant is Bot:TenantId for SingleTenant and "botframework.com" for MultiTenant; a secret or a certificate assertion.
/// </summary>
internal sealed class ClientCredentialsTokenProvider(
    IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    : CachingTokenProvider(timeProvider, options.Value.TokenRefreshBeforeExpiry)
{
    public const string HttpClientName = "TeamsCrm.Teams.Token";
    private readonly BotOptions _options = options.Value;
    private readonly TimeProvider _timeProvider = timeProvider;

    public Uri TokenEndpoint
    {
        get
        {
            var tenant = _options.AppType == BotAppType.MultiTenant ? "botframework.com" : _options.TenantId;
            return new Uri($"{_options.Authority.TrimEnd('/')}/{Uri.EscapeDataString(tenant ?? "botframework.com")}/oauth2/v2.0/token");
        }
    }

    protected override async Task<(string Token, DateTimeOffset ExpiresOn)> AcquireAsync(CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.AppId!,
            ["scope"] = _options.ConnectorScope,
        };
        if (!string.IsNullOrEmpty(_options.ClientSecret))
        {
            form["client_secret"] = _options.ClientSecret;
        }
        else
        {
            form["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            form["client_assertion"] = CreateAssertion();
        }

        using var client = httpClientFactory.CreateClient(HttpClientName);
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync(TokenEndpoint, content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(BotJsonContext.Default.TokenEndpointResponse, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(body?.AccessToken))
        {
            throw new InvalidDataException("The token endpoint answered without access_token.");
        }

        return (body.AccessToken, _timeProvider.GetUtcNow().AddSeconds(Math.Max(body.ExpiresIn, 60)));
    }

    private string CreateAssertion()
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(_options.CertificatePath!, _options.CertificatePassword);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.AppId,
            Audience = TokenEndpoint.ToString(),
            Claims = new Dictionary<string, object> { ["sub"] = _options.AppId!, ["jti"] = Guid.NewGuid().ToString() },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new X509SigningCredentials(certificate),
        });
    }
}
