using System.Net;
using System.Text.Json.Nodes;

namespace TeamsCrm.Teams.Benchmarks;

/// <summary>Serves OpenID metadata and the channel's JWKS (with msteams endorsement) from memory: keys are fetched once, then cached.</summary>
internal sealed class InMemoryOpenIdHandler(JsonObject jwks) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var json = request.RequestUri!.AbsolutePath.EndsWith("/keys", StringComparison.Ordinal)
            ? jwks.ToJsonString()
            : $$"""{"issuer":"{{ChannelTokens.Issuer}}","jwks_uri":"https://openid.invalid/keys"}""";
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
