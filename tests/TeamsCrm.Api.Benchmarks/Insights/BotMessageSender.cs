using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsCrm.Api.Benchmarks.Insights;

/// <summary>
/// A person typing in their 1:1 chat with the bot, as the Bot Connector delivers it: a message activity (a new id each
/// time, so the app's deduplication claims every one) posted to <c>/api/messages</c> with the channel's signed token.
/// The message turn is synchronous: the app has sent its reply to the loopback connector before it answers, so one
/// sample runs from posting the message to reading the answer, and the reply is checked in the connector's log.
/// </summary>
internal sealed class BotMessageSender(BenchmarkApp running, DemoPerson person) : IDisposable
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private readonly string _conversationId = "a:insights-bench-" + person.AadObjectId;
    private readonly string _authorization = running.ChannelAuthorization();
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = running.App.BaseAddress };

    /// <summary>Sends <paramref name="text"/>; throws unless the app answered 200 and replied with an Adaptive Card that contains <paramref name="expected"/>.</summary>
    public async Task AskAsync(string text, string expected)
    {
        var before = running.Channel.Activities.Count;
        using var content = new ByteArrayContent(Message(text));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        using var response = await _http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var replies = running.Channel.Activities.Skip(before).Where(a => a.ConversationId == _conversationId).ToList();
        var card = replies.SelectMany(r => r.Body["attachments"] as JsonArray ?? []).FirstOrDefault(a => (string?)a?["contentType"] == AdaptiveCard);
        if (response.StatusCode != HttpStatusCode.OK || card is null || !card.ToJsonString().Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"\"{text}\": {(int)response.StatusCode}, {replies.Count} replies, no card with \"{expected}\": {string.Join(" | ", replies.Select(r => r.Body.ToJsonString()[..Math.Min(300, r.Body.ToJsonString().Length)]))}");
        }
    }

    private byte[] Message(string text)
    {
        var now = DateTimeOffset.UtcNow;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "f:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["serviceUrl"] = running.Channel.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = person.TeamsId, ["name"] = person.Name, ["aadObjectId"] = person.AadObjectId },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = DemoPeople.TenantId, ["id"] = _conversationId },
            ["recipient"] = new JsonObject { ["id"] = "28:" + AppProcess.AppId, ["name"] = "CRM" },
            ["locale"] = "en-US",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoPeople.TenantId } },
        };
        return Encoding.UTF8.GetBytes(activity.ToJsonString(JsonSerializerOptions.Default));
    }

    public void Dispose() => _http.Dispose();
}
