using System.Net.Http.Json;
using System.Text;

namespace TeamsCrm.Web.Tests.Api.Support;

/// <summary>An HTTP client of the API for one caller, with the JSON each answer carried.</summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public Task<ApiAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<ApiAnswer> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<ApiAnswer> PutAsync(string path, object? body, string? ifMatch) => SendAsync(HttpMethod.Put, path, body, ifMatch);

    public Task<ApiAnswer> DeleteAsync(string path, string? ifMatch) => SendAsync(HttpMethod.Delete, path, null, ifMatch);

    /// <summary>Sends <paramref name="body"/> as JSON (a string is sent as it is, for malformed bodies).</summary>
    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.RelativeOrAbsolute));
        request.Content = body switch
        {
            null => null,
            string raw => new StringContent(raw, Encoding.UTF8, "application/json"),
            _ => JsonContent.Create(body),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var response = await http.SendAsync(request);
        return await ApiAnswer.ReadAsync(response);
    }

    public void Dispose() => http.Dispose();
}
