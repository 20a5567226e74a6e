namespace TeamsCrm.Teams.Tests.Support;

/// <summary>Locally generated RSA signing keys with their JWKS form (incl. Bot Framework endorsements).</summary>
internal sealed class TestKey(string kid, string[]? endorsements)
{
    public RSA Rsa { get; } = RSA.Create(2048);

    public string Kid { get; } = kid;

    public string[]? Endorsements { get; } = endorsements;

    public RsaSecurityKey SecurityKey => new(Rsa) { KeyId = Kid };

    public JsonObject ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)JsonValue.Create(e))]);
        }

        return jwk;
    }
}
