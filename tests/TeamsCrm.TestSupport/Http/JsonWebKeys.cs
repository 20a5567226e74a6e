using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.TestSupport;

/// <summary>A JWKS document (RFC 7517) with the public half of one RSA signing key, as the loopback identity providers serve it.</summary>
public static class JsonWebKeys
{
    /// <param name="key">The signing key; only its public parameters are written.</param>
    /// <param name="keyId">The kid tokens name.</param>
    /// <param name="endorsements">The Bot Framework's channel endorsements of the key, if any.</param>
    public static JsonObject Set(RSA key, string keyId, params string[] endorsements)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements.Length > 0)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
        }

        return new JsonObject { ["keys"] = new JsonArray(jwk) };
    }
}
