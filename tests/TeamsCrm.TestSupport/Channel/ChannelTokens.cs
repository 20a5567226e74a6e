using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.TestSupport;

/// <summary>
/// The channel's signing key: the JWKS the app fetches from the loopback OpenID endpoint (endorsed for
/// msteams) and the RS256 tokens the Bot Connector would send, with the serviceurl claim the app checks.
/// </summary>
public sealed class ChannelTokens : IDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "load-benchmark-key";
    private readonly RSA _key = RSA.Create(2048);

    public JsonObject Jwks() => JsonWebKeys.Set(_key, KeyId, "msteams");

    /// <summary>"Bearer …" for activities of <paramref name="serviceUrl"/>; the Connector reuses one token for about an hour.</summary>
    public string Authorization(string appId, string serviceUrl)
    {
        var now = DateTime.UtcNow;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
        return "Bearer " + token;
    }

    /// <summary>Only the RS256 signature of a "Bearer …" header, checked with the raw RSA key: the floor a token validation costs at least.</summary>
    public bool VerifySignature(string authorization)
    {
        var token = authorization.AsSpan("Bearer ".Length);
        var lastDot = token.LastIndexOf('.');
        var signature = Base64UrlEncoder.DecodeBytes(token[(lastDot + 1)..].ToString());
        return _key.VerifyData(Encoding.ASCII.GetBytes(token[..lastDot].ToString()), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    public void Dispose() => _key.Dispose();
}
