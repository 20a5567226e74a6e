using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsCrm.Web.Tests.Infrastructure;

/// <summary>
/// A Bot Connector on a loopback port: records every call and answers like Teams (send/reply → a new activity id,
/// PUT → the same id, create conversation → a new 1:1 chat). Nothing leaves the machine.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _next;
    private int _failSends;

    private LoopbackConnector(WebApplication app, string serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public string ServiceUrl { get; }

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackConnector? connector = null;
        app.MapPost("/v3/conversations/{conversationId}/activities", async (string conversationId, HttpRequest request) =>
        {
            if (connector!.TakeFailure())
            {
                await connector.RecordAsync("send-failed", conversationId, null, request);
                return Results.StatusCode(503);
            }

            return Results.Json(new { id = await connector.RecordAsync("send", conversationId, null, request) });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpRequest request) =>
            Results.Json(new { id = await connector!.RecordAsync("reply", conversationId, activityId, request) }));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpRequest request) =>
        {
            await connector!.RecordAsync("update", conversationId, activityId, request);
            return Results.Json(new { id = activityId });
        });
        app.MapPost("/v3/conversations", async (HttpRequest request) =>
            Results.Json(new { id = "a:created-" + await connector!.RecordAsync("create", "-", null, request), activityId = "0" }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector = new LoopbackConnector(app, address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>The next <paramref name="count"/> proactive sends (new activities, not replies) fail with 503, recorded as "send-failed".</summary>
    public void FailNextSends(int count) => Volatile.Write(ref _failSends, count);

    /// <summary>The calls so far of one operation to one conversation.</summary>
    public IReadOnlyList<ConnectorCall> Of(string operation, string conversationId) =>
        Calls.Where(c => c.Operation == operation && c.ConversationId == conversationId).ToList();

    /// <summary>Waits until <paramref name="done"/> holds for the calls (a message turn may outlive its HTTP request).</summary>
    public async Task WaitForAsync(Func<IReadOnlyCollection<ConnectorCall>, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!done(Calls))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited in vain for {what}. Calls:\n{string.Join("\n", Calls)}");
            }

            await Task.Delay(50);
        }
    }

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
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One call to the loopback connector: the activity the bot sent (or replaced) and the id it got.</summary>
public sealed record ConnectorCall(string Operation, string ConversationId, string? ActivityId, string ResultId, JsonObject Body)
{
    public string Json => Body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public override string ToString() => $"{Operation} {ConversationId} {ActivityId} → {ResultId}: {Json}";
}
