using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TeamsCrm.TestSupport;

/// <summary>
/// Everything the app would reach in the cloud, on a loopback port of the harness: the channel's OpenID
/// metadata and keys, the Entra token endpoint (connector tokens) and the Bot Connector (send, create a
/// 1:1 chat, look up a member). Counts what it was asked, so the report shows the app's outbound traffic, and keeps
/// every activity the app sent (tests/TeamsCrm.Resilience.Tests counts notifications here).
/// </summary>
public sealed class LoopbackChannel : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ConnectorActivity> _activities = new();
    private LoopbackServer? _server;
    private int _created;

    private LoopbackChannel()
    {
    }

    public string BaseUrl => _server!.BaseAddress.ToString().TrimEnd('/');

    public string OpenIdMetadataUrl => BaseUrl + "/openid/.well-known/openidconfiguration";

    /// <summary>Bot:Authority; the token endpoint is {Authority}/{tenant}/oauth2/v2.0/token.</summary>
    public string Authority => BaseUrl + "/entra";

    /// <summary>The serviceUrl of every activity and Bot:ProactiveServiceUrl.</summary>
    public string ServiceUrl => BaseUrl + "/connector/";

    public IReadOnlyDictionary<string, int> Requests => _requests;

    /// <summary>Every activity the app sent, replied or updated, in arrival order.</summary>
    public IReadOnlyCollection<ConnectorActivity> Activities => _activities;

    public static async Task<LoopbackChannel> StartAsync(ChannelTokens tokens)
    {
        var channel = new LoopbackChannel();
        channel._server = await LoopbackServer.StartAsync(app => channel.Map(app, tokens));
        return channel;
    }

    private void Map(WebApplication app, ChannelTokens tokens)
    {
        app.MapGet("/openid/.well-known/openidconfiguration", () => Answer("openid metadata", Results.Json(new JsonObject
        {
            ["issuer"] = ChannelTokens.Issuer,
            ["jwks_uri"] = BaseUrl + "/openid/keys",
        })));
        app.MapGet("/openid/keys", () => Answer("openid keys", Results.Json(tokens.Jwks())));
        app.MapPost("/entra/{tenant}/oauth2/v2.0/token", () => Answer("connector token", Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["access_token"] = "load-benchmark-connector-token",
            ["expires_in"] = 3600,
        })));

        var connector = app.MapGroup("/connector/v3/conversations");
        connector.MapPost("/", () => Answer("create conversation", Results.Json(new JsonObject
        {
            ["id"] = "a:load-created-" + Interlocked.Increment(ref _created).ToString(CultureInfo.InvariantCulture),
        }, statusCode: StatusCodes.Status201Created)));
        connector.MapPost("/{conversationId}/activities", (string conversationId, JsonObject body) => Answer("send", Keep("send", conversationId, body)));
        connector.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, JsonObject body) => Answer("reply", Keep("reply", conversationId, body)));
        connector.MapPut("/{conversationId}/activities/{activityId}", (string conversationId, JsonObject body) => Answer("update", Keep("update", conversationId, body)));
        connector.MapGet("/{conversationId}/members/{userId}", (string userId) => Answer("get member", Results.Json(new JsonObject
        {
            ["id"] = "29:load-" + userId,
            ["aadObjectId"] = userId,
        })));
        connector.MapGet("/{conversationId}/pagedmembers", () => Answer("paged members", Results.Json(new JsonObject { ["members"] = new JsonArray() })));
        app.MapFallback(() => Answer("unexpected", Results.NotFound()));
    }

    private IResult Keep(string kind, string conversationId, JsonObject body)
    {
        _activities.Enqueue(new ConnectorActivity(kind, conversationId, body));
        return Results.Json(new JsonObject { ["id"] = Guid.NewGuid().ToString("N") }, statusCode: StatusCodes.Status201Created);
    }

    private IResult Answer(string kind, IResult result)
    {
        _requests.AddOrUpdate(kind, 1, (_, count) => count + 1);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
