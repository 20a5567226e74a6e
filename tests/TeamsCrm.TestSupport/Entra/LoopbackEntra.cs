using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TeamsCrm.TestSupport;

/// <summary>
/// Microsoft Entra ID on a loopback port, as far as an API that validates tokens needs it: the multi-tenant OpenID
/// metadata (issuer template <c>http://127.0.0.1:{port}/{tenantid}/v2.0</c>, jwks_uri) for "common", "organizations" or any
/// tenant, the JWKS, and a token minter for any tenant, object id, audience, lifetime and claims. Point the app at it with
/// <c>Entra:MetadataAddress</c> = <see cref="MetadataAddress"/> (plain http on loopback is allowed in Development).
/// </summary>
public sealed class LoopbackEntra : IAsyncDisposable
{
    private readonly EntraTokens _tokens = new();
    private LoopbackServer? _server;
    private int _metadataRequests;
    private int _keyRequests;

    private LoopbackEntra()
    {
    }

    public string BaseUrl => _server!.BaseAddress.ToString().TrimEnd('/');

    /// <summary>Entra:MetadataAddress: the multi-tenant ("common") v2.0 metadata.</summary>
    public string MetadataAddress => BaseUrl + "/common/v2.0/.well-known/openid-configuration";

    public int MetadataRequests => _metadataRequests;

    public int KeyRequests => _keyRequests;

    public static async Task<LoopbackEntra> StartAsync()
    {
        var entra = new LoopbackEntra();
        entra._server = await LoopbackServer.StartAsync(entra.Map);
        return entra;
    }

    /// <summary>The issuer of the tenant's tokens: the metadata's template with the tenant id filled in.</summary>
    public string IssuerOf(string tenantId) => $"{BaseUrl}/{tenantId}/v2.0";

    /// <summary>A signed access token; without an issuer, the tenant's own.</summary>
    public string Token(EntraToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _tokens.Mint(token.Issuer is null ? token with { Issuer = IssuerOf(token.TenantId) } : token);
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", () =>
        {
            Interlocked.Increment(ref _metadataRequests);
            return Results.Json(new JsonObject
            {
                ["issuer"] = BaseUrl + "/{tenantid}/v2.0",
                ["jwks_uri"] = BaseUrl + "/common/discovery/v2.0/keys",
                ["authorization_endpoint"] = BaseUrl + "/common/oauth2/v2.0/authorize",
                ["token_endpoint"] = BaseUrl + "/common/oauth2/v2.0/token",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["response_types_supported"] = new JsonArray("code", "id_token", "token id_token"),
                ["subject_types_supported"] = new JsonArray("pairwise"),
            });
        });
        app.MapGet("/common/discovery/v2.0/keys", () =>
        {
            Interlocked.Increment(ref _keyRequests);
            return Results.Json(_tokens.Jwks());
        });
        app.MapFallback(() => Results.NotFound());
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _tokens.Dispose();
    }
}
