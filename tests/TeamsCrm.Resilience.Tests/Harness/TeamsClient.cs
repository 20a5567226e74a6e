using System.Net.Http.Headers;

namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>
/// Posts activities to an app instance's /api/messages as the Bot Connector does: a signed channel token, the loopback
/// connector as serviceUrl. Like Teams, it waits at most 15 seconds for an answer; a later answer counts as none.
/// </summary>
internal sealed class TeamsClient(LoopbackChannel channel, ChannelTokens tokens) : IDisposable
{
    /// <summary>How long Teams waits for an invoke's answer.</summary>
    public static readonly TimeSpan TeamsWaits = TimeSpan.FromSeconds(15);
    private readonly HttpClient _http = new() { Timeout = TeamsWaits };
    private readonly string _authorization = tokens.Authorization(AppProcess.AppId, channel.ServiceUrl);

    public async Task<BotAnswer> SendAsync(AppProcess app, JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(activity);
        activity["serviceUrl"] = channel.ServiceUrl;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(app.BaseAddress, "/api/messages"))
        {
            Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(_authorization);
        try
        {
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return new BotAnswer(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new BotAnswer(null, null, $"no answer within {TeamsWaits.TotalSeconds:0} s: {ex.GetType().Name} {ex.Message}");
        }
    }

    public void Dispose() => _http.Dispose();
}
