using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TeamsCrm.Web.Tests.Infrastructure;

/// <summary>
/// A Bot Connector on a loopback port: records every call and answers like Teams (send/reply → a new activity id,
/// PUT → the same id, create conversation → a new 1:1 chat). Nothing leaves the machine.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private LoopbackServer? _server;
    private int _next;
    private int _failSends;

    private LoopbackConnector()
    {
    }

    public string ServiceUrl => _server!.BaseAddress.ToString();

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    private readonly ConcurrentDictionary<string, string> _roles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _memberLookups = new(StringComparer.Ordinal);

    public static async Task<LoopbackConnector> StartAsync()
    {
        var connector = new LoopbackConnector();
        connector._server = await LoopbackServer.StartAsync(app => connector.Map(app));
        return connector;
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/v3/conversations/{conversationId}/activities", async (string conversationId, HttpRequest request) =>
        {
            if (TakeFailure())
            {
                await RecordAsync("send-failed", conversationId, null, request);
                return Results.StatusCode(503);
            }

            return Results.Json(new { id = await RecordAsync("send", conversationId, null, request) });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpRequest request) =>
            Results.Json(new { id = await RecordAsync("reply", conversationId, activityId, request) }));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpRequest request) =>
        {
            await RecordAsync("update", conversationId, activityId, request);
            return Results.Json(new { id = activityId });
        });
        // The conversation members API: answers only for senders given a role (else 404, as before roles existed).
        app.MapGet("/v3/conversations/{conversationId}/members/{userId}", (string conversationId, string userId) =>
        {
            _memberLookups.AddOrUpdate(userId, 1, (_, n) => n + 1);
            return _roles.TryGetValue(userId, out var role)
                ? Results.Json(new { id = userId, aadObjectId = userId.StartsWith("29:", StringComparison.Ordinal) ? userId[3..] : userId, userRole = role })
                : Results.NotFound();
        });
        app.MapPost("/v3/conversations", async (HttpRequest request) =>
            Results.Json(new { id = "a:created-" + await RecordAsync("create", "-", null, request), activityId = "0" }));
    }

    /// <summary>The members API answers for the Teams user id <paramref name="teamsUserId"/> with this <c>userRole</c> ("user", "guest", "anonymous").</summary>
    public void SetUserRole(string teamsUserId, string role) => _roles[teamsUserId] = role;

    /// <summary>How often the members API was asked about <paramref name="teamsUserId"/>.</summary>
    public int MemberLookups(string teamsUserId) => _memberLookups.GetValueOrDefault(teamsUserId);

    /// <summary>The next <paramref name="count"/> proactive sends (new activities, not replies) fail with 503, recorded as "send-failed".</summary>
    public void FailNextSends(int count) => Volatile.Write(ref _failSends, count);

    /// <summary>The calls so far of one operation to one conversation.</summary>
    public IReadOnlyList<ConnectorCall> Of(string operation, string conversationId) =>
        Calls.Where(c => c.Operation == operation && c.ConversationId == conversationId).ToList();

    /// <summary>Waits until <paramref name="done"/> holds for the calls (a message turn may outlive its HTTP request).</summary>
    public Task WaitForAsync(Func<IReadOnlyCollection<ConnectorCall>, bool> done, string what) =>
        Waits.UntilAsync(() => done(Calls), what, () => "Calls:\n" + string.Join("\n", Calls));

    /// <summary>Waits until a message containing <paramref name="text"/> was sent to <paramref name="conversationId"/>.</summary>
    public Task WaitForSentAsync(string conversationId, string text, string what) =>
        WaitForAsync(calls => calls.Any(c => c.Operation == "send" && c.ConversationId == conversationId && c.Json.Contains(text, StringComparison.Ordinal)), what);

    private bool TakeFailure()
    {
        int left;
        do
        {
            left = Volatile.Read(ref _failSends);
            if (left <= 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _failSends, left - 1, left) != left);

        return true;
    }

    private async Task<string> RecordAsync(string operation, string conversationId, string? activityId, HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        var id = activityId is not null && operation == "update" ? activityId : $"act-{Interlocked.Increment(ref _next)}";
        Calls.Enqueue(new ConnectorCall(operation, conversationId, activityId, id, body?.AsObject() ?? []));
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>One call to the loopback connector: the activity the bot sent (or replaced) and the id it got.</summary>
public sealed record ConnectorCall(string Operation, string ConversationId, string? ActivityId, string ResultId, JsonObject Body)
{
    public string Json => Body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public override string ToString() => $"{Operation} {ConversationId} {ActivityId} → {ResultId}: {Json}";
}
