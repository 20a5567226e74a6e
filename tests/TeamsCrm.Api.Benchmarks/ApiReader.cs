using System.Net;
using System.Net.Http.Headers;

namespace TeamsCrm.Api.Benchmarks;

/// <summary>
/// An integration reading accounts: GETs over one kept-alive HTTP/1.1 connection with the same Entra token on every
/// request (a client reuses its token for its lifetime; null: no token), reading the whole body.
/// </summary>
internal sealed class ApiReader(Uri app, string? token) : IDisposable
{
    private readonly HttpClient _http = Create(app, token);

    /// <summary>GET /api/v1/accounts/{id}: 200 with an ETag; the body's length.</summary>
    public async Task<int> ReadAccountAsync(string accountId)
    {
        using var response = await _http.GetAsync(new Uri($"/api/v1/accounts/{accountId}", UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK && response.Headers.ETag is not null
            ? body.Length
            : throw new InvalidOperationException($"GET account {accountId}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
    }

    /// <summary>A GET that must answer <paramref name="expected"/> (the requests that show what an API call costs besides storage).</summary>
    public async Task ExpectAsync(string path, HttpStatusCode expected)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}, expected {(int)expected}.");
        }
    }

    private static HttpClient Create(Uri app, string? token)
    {
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false }) { BaseAddress = app };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return http;
    }

    public void Dispose() => _http.Dispose();
}
