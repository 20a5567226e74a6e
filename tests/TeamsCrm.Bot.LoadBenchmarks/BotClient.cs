using System.Net;
using System.Net.Http.Headers;

namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// Posts invokes to the app's /api/messages over loopback HTTP/1.1, as the Bot Connector does, with the
/// channel token. The time of one invoke runs from sending the request to having read the whole answer.
/// </summary>
internal sealed class BotClient(Uri baseAddress, string authorization, string serviceUrl) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<(TimeSpan Elapsed, InvokeAnswer Answer)> InvokeAsync(VirtualUser user, CardClick click)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(click);
        var (elapsed, status, body, problem) = await PostAsync(InvokeActivity.Create(click, user.Person, user.Conversation, serviceUrl));
        return (elapsed, problem is null ? InvokeAnswer.Read(click, status, body) : InvokeAnswer.Fail(problem));
    }

    /// <summary>Posts one activity (see <see cref="InvokeActivity.Envelope"/>); the status and body, or the transport problem.</summary>
    public async Task<(TimeSpan Elapsed, HttpStatusCode Status, byte[] Body, string? Problem)> PostAsync(byte[] activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new ByteArrayContent(activity),
        };
        request.Content.Headers.ContentType = Json;
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsByteArrayAsync();
            return (Stopwatch.GetElapsedTime(start), response.StatusCode, body, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (Stopwatch.GetElapsedTime(start), default, [], ex.GetType().Name + ": " + ex.Message);
        }
    }

    public string ServiceUrl => serviceUrl;

    public void Dispose() => _http.Dispose();
}
