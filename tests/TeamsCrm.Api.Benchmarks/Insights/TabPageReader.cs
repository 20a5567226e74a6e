using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace TeamsCrm.Api.Benchmarks.Insights;

/// <summary>
/// The personal tab as Teams opens it, without a browser: one sign-in as the tab's sign-in page does it (the Entra
/// token as a bearer token to <c>POST /tab/session</c>, which answers with the session cookie), then GETs of a page with
/// that cookie over one kept-alive connection, reading the prerendered HTML (the first HTML a browser paints).
/// </summary>
internal sealed class TabPageReader : IDisposable
{
    private readonly HttpClient _http;

    private TabPageReader(HttpClient http) => _http = http;

    /// <summary>Starts a tab session with <paramref name="token"/> (English, UTC) and keeps its cookie.</summary>
    public static async Task<TabPageReader> SignInAsync(Uri app, string token)
    {
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false }) { BaseAddress = app };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/tab/session", UriKind.Relative))
        {
            Content = JsonContent.Create(new { locale = "en-US", timeZone = "UTC" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]).ToList() : [];
        if (response.StatusCode != HttpStatusCode.NoContent || cookies.Count == 0)
        {
            http.Dispose();
            throw new InvalidOperationException($"POST /tab/session: {(int)response.StatusCode}, {cookies.Count} cookies.");
        }

        // Sent by hand: the cookie is Secure outside localhost names, and the app listens on http://127.0.0.1.
        http.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        http.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return new TabPageReader(http);
    }

    /// <summary>GET <paramref name="path"/>: 200 with HTML that contains every one of <paramref name="markers"/> (else it throws: an error page is no sample).</summary>
    public async Task ReadAsync(string path, params string[] markers)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var missing = markers.Where(m => !html.Contains(m, StringComparison.Ordinal)).ToList();
        if (response.StatusCode != HttpStatusCode.OK || missing.Count > 0)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}, missing {string.Join(", ", missing)}: {html[..Math.Min(html.Length, 400)]}");
        }
    }

    public void Dispose() => _http.Dispose();
}
