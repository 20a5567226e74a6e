using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;


namespace TeamsCrm.TestSupport.Graph;

/// <summary>
/// A loopback stand-in for Microsoft Graph: Kestrel on 127.0.0.1 with a free port, answering each
/// configured path with a sequence of responses (the last one repeats) and recording every request.
/// A path nobody configured answers 500, so a request the test did not expect fails it.
/// </summary>
public sealed partial class GraphStub : IAsyncDisposable
{
    private LoopbackServer? _server;
    private readonly ConcurrentDictionary<string, Queue<StubResponse>> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private GraphStub()
    {
    }

    /// <summary>Graph's base URL on the stub, e.g. http://127.0.0.1:41234/v1.0.</summary>
    public Uri BaseUrl => new(_server!.BaseAddress, "v1.0");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<GraphStub> StartAsync()
    {
        var stub = new GraphStub();
        stub._server = await LoopbackServer.StartAsync(app => app.Run(stub.HandleAsync));
        return stub;
    }

    /// <summary>Answers GET <paramref name="path"/> (below /v1.0, e.g. "/users") with these responses in turn.</summary>
    public void On(string path, params StubResponse[] responses) => _routes[$"/v1.0{path}"] = new Queue<StubResponse>(responses);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>The top-level requests (each $batch counts once): Graph round trips.</summary>
    public IReadOnlyList<RecordedRequest> RoundTrips => [.. _requests.Where(r => !r.InBatch)];

    /// <summary>Answers POST /$batch with these responses in turn (<see cref="StubResponse.Batch"/>: answer the sub-requests).</summary>
    public void OnBatch(params StubResponse[] responses) => On("/$batch", responses);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var body = request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0
            ? await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted)
            : null;
        _requests.Enqueue(new RecordedRequest(
            request.Method,
            request.Path.Value ?? string.Empty,
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));

        var path = request.Path.Value ?? string.Empty;
        var response = Next(path)
            ?? (path.EndsWith("/$batch", StringComparison.Ordinal) ? StubResponse.Batch : null)
            ?? new StubResponse(500, GraphPayloads.Error("StubNotConfigured", $"The stub has no answer for {request.Path}."));
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up, as it should
            }
        }

        if (ReferenceEquals(response, StubResponse.Batch) || response.Status == 0)
        {
            response = AnswerBatch(body);
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Bytes is not null)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.Body.WriteAsync(response.Bytes, context.RequestAborted);
        }
        else if (response.Body is not null)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.WriteAsync(response.Body.ToJsonString(), context.RequestAborted);
        }
    }

    private StubResponse? Next(string path)
    {
        if (!_routes.TryGetValue(path, out var queue))
        {
            return null;
        }

        lock (queue)
        {
            return queue.Count > 1 ? queue.Dequeue() : queue.TryPeek(out var last) ? last : null;
        }
    }
}
