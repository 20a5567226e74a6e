using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.Teams.Auth;

/// <summary>
/// Fetches OpenID metadata, follows its jwks_uri and parses the raw JWKS with System.Text.Json, keeping
/// each key's "endorsements" array (IdentityModel's JsonWebKey does not expose it reliably).
/// </summary>
internal sealed class SigningKeyRetriever(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "TeamsCrm.Teams.OpenId";

    public async Task<SigningKeySet> RetrieveAsync(string metadataUrl, CancellationToken cancellationToken = default)
    {
        using var client = httpClientFactory.CreateClient(HttpClientName);
        string jwksUri;
        using (var metadata = await GetJsonAsync(client, metadataUrl, cancellationToken).ConfigureAwait(false))
        {
            jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
                ?? throw new InvalidDataException("OpenID metadata has no jwks_uri.");
        }

        using var jwks = await GetJsonAsync(client, jwksUri, cancellationToken).ConfigureAwait(false);
        return Parse(jwks.RootElement);
    }

    internal static SigningKeySet Parse(JsonElement jwks)
    {
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        var endorsements = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var element in jwks.GetProperty("keys").EnumerateArray())
        {
            if (!element.TryGetProperty("kid", out var kidElement) || kidElement.GetString() is not { Length: > 0 } kid)
            {
                continue;
            }

            var jwk = new JsonWebKey(element.GetRawText());
            keys[kid] = jwk;
            endorsements[kid] = element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
                : null;
        }

        return new SigningKeySet(keys, endorsements);
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
