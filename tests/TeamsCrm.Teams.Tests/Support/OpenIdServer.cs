namespace TeamsCrm.Teams.Tests.Support;

/// <summary>
/// Loopback OpenID metadata + JWKS for the channel issuer and for Entra. Keys: msteams-endorsed, endorsed only for
/// another channel, without endorsements, one published only after <see cref="PublishRotatedKey"/>, and one never published.
/// </summary>
internal sealed class OpenIdServer : IAsyncDisposable
{
    private LoopbackServer? _server;
    private volatile bool _rotated;
    private int _channelKeyFetches;

    public TestKey TeamsKey { get; } = new("teams-key", ["msteams", "webchat"]);
    public TestKey OtherChannelKey { get; } = new("other-channel-key", ["webchat"]);
    public TestKey NoEndorsementsKey { get; } = new("bare-key", null);
    public TestKey RotatedKey { get; } = new("rotated-key", ["msteams"]);
    public TestKey UnpublishedKey { get; } = new("unpublished-key", ["msteams"]);
    public TestKey EntraKey { get; } = new("entra-key", null);

    public int ChannelKeyFetches => Volatile.Read(ref _channelKeyFetches);

    public string ChannelMetadataUrl => _server!.Url("channel/.well-known/openidconfiguration");

    public string EntraMetadataUrl => _server!.Url("entra/{tenant}/v2.0/.well-known/openid-configuration");

    public void PublishRotatedKey() => _rotated = true;

    public static async Task<OpenIdServer> StartAsync()
    {
        var server = new OpenIdServer();
        server._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/channel/.well-known/openidconfiguration", () => Results.Json(new JsonObject
            {
                ["issuer"] = "https://api.botframework.com",
                ["jwks_uri"] = server._server!.Url("channel/keys"),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            }));
            app.MapGet("/channel/keys", () =>
            {
                Interlocked.Increment(ref server._channelKeyFetches);
                var keys = new JsonArray(server.TeamsKey.ToJwk(), server.OtherChannelKey.ToJwk(), server.NoEndorsementsKey.ToJwk());
                if (server._rotated)
                {
                    keys.Add(server.RotatedKey.ToJwk());
                }

                return Results.Json(new JsonObject { ["keys"] = keys });
            });
            app.MapGet("/entra/{tenant}/v2.0/.well-known/openid-configuration", () => Results.Json(new JsonObject
            {
                ["jwks_uri"] = server._server!.Url("entra/keys"),
            }));
            app.MapGet("/entra/keys", () => Results.Json(new JsonObject { ["keys"] = new JsonArray(server.EntraKey.ToJwk()) }));
        });
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
