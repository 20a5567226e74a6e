using Microsoft.AspNetCore.Http.Features;

namespace TeamsCrm.Teams.Tests.Connector;

/// <summary>
/// A loopback Bot Connector and Entra token endpoint. Connector answers come from a script (status, body,
/// Retry-After, or a dropped connection); when the script is empty it answers 201 {"id":"ok"}.
/// </summary>
internal sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private LoopbackServer? _server;
    private int _tokenRequests;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<IFormCollection> TokenForms { get; } = new();

    public ConcurrentQueue<string> TokenPaths { get; } = new();

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public string ServiceUrl => _server!.Url("amer/");

    public string Authority => _server!.BaseAddress.ToString().TrimEnd('/');

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var fake = new FakeConnectorServer();
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context) =>
            {
                var n = Interlocked.Increment(ref fake._tokenRequests);
                fake.TokenPaths.Enqueue(context.Request.Path);
                fake.TokenForms.Enqueue(await context.Request.ReadFormAsync());
                return Results.Json(new { access_token = "tok-" + n, expires_in = 3600, token_type = "Bearer" });
            });
            app.Map("/amer/{**rest}", fake.HandleAsync);
        });
        return fake;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(), body));
        var next = _script.TryDequeue(out var scripted) ? scripted : new ScriptedResponse(201, "{\"id\":\"ok\"}");
        if (next.DropConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = next.Status;
        if (next.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (next.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(next.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>One scripted connector answer.</summary>
internal sealed record ScriptedResponse(int Status, string? Body = null, string? RetryAfter = null, bool DropConnection = false)
{
    public static ScriptedResponse Dropped => new(0, DropConnection: true);

    public static ScriptedResponse Error(int status, string code) => new(status, $"{{\"error\":{{\"code\":\"{code}\",\"message\":\"{code}\"}}}}");
}

/// <summary>What the fake connector received.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string Body);
