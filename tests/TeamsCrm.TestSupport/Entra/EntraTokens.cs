using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.TestSupport;

/// <summary>
/// The loopback Entra's signing key: the JWKS the app fetches (<see cref="LoopbackEntra"/>) and RS256 access tokens for
/// any tenant, object id, audience, lifetime and claims, shaped like Entra ID v2.0 access tokens (tid, oid, ver 2.0).
/// </summary>
public sealed class EntraTokens : IDisposable
{
    private const string KeyId = "loopback-entra-key";
    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _forger = RSA.Create(2048);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public JsonObject Jwks() => JsonWebKeys.Set(_key, KeyId);

    /// <summary>The signed token (no "Bearer " prefix); <see cref="EntraToken.Issuer"/> must be set.</summary>
    public string Mint(EntraToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var from = token.ValidFrom ?? DateTimeOffset.UtcNow.AddMinutes(-1);
        var claims = new Dictionary<string, object>(token.Claims)
        {
            ["tid"] = token.TenantId,
            ["oid"] = token.ObjectId,
            ["ver"] = "2.0",
        };
        if (token.Name is not null)
        {
            claims["name"] = token.Name;
        }

        if (token.PreferredUserName is not null)
        {
            claims["preferred_username"] = token.PreferredUserName;
        }

        var key = new RsaSecurityKey(token.ForgedSignature ? _forger : _key) { KeyId = KeyId };
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = token.Issuer ?? throw new ArgumentException("The token needs an issuer.", nameof(token)),
            Audience = token.Audience,
            Claims = claims,
            IssuedAt = from.UtcDateTime,
            NotBefore = from.UtcDateTime,
            Expires = (from + token.Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        _key.Dispose();
        _forger.Dispose();
    }
}
