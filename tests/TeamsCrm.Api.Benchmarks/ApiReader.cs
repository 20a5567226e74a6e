using System.Net;
using System.Net.Http.Headers;

namespace TeamsCrm.Api.Benchmarks;

/// <summary>
/// An integration reading accounts: GET /api/v1/accounts/{id} over one kept-alive HTTP/1.1 connection with the same
/// Entra token on every request (a client reuses its token for its lifetime), reading the whole body.
/// </summary>
internal sealed class ApiReader(Uri app, string token) : IDisposable
{
    private readonly HttpClient _http = Create(app, token);

    public async Task<int> ReadAccountAsync(string accountId)
    {
        using var response = await _http.GetAsync(new Uri($"/api/v1/accounts/{accountId}", UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK && response.Headers.ETag is not null
            ? body.Length
            : throw new InvalidOperationException($"GET account {accountId}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
    }

    private static HttpClient Create(Uri app, string token)
    {
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false }) { BaseAddress = app };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return http;
    }

    public void Dispose() => _http.Dispose();
}
