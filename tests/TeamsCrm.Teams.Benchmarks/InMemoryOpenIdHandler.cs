using System.Net;

namespace TeamsCrm.Teams.Benchmarks;

/// <summary>Serves OpenID metadata and a JWKS (with msteams endorsement) from memory: keys are fetched once, then cached.</summary>
internal sealed class InMemoryOpenIdHandler(RSA key, string kid) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var p = key.ExportParameters(false);
        var json = request.RequestUri!.AbsolutePath.EndsWith("/keys", StringComparison.Ordinal)
            ? $$"""{"keys":[{"kty":"RSA","use":"sig","kid":"{{kid}}","n":"{{Base64UrlEncoder.Encode(p.Modulus)}}","e":"{{Base64UrlEncoder.Encode(p.Exponent)}}","endorsements":["msteams"]}]}"""
            : """{"issuer":"https://api.botframework.com","jwks_uri":"https://openid.invalid/keys"}""";
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
