using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using TeamsCrm.Teams.Trust;

namespace TeamsCrm.Teams.Connector;

/// <summary>
/// Bot Connector REST client. Retries 429/412 on every call and 502/504/transport errors only on idempotent
/// ones: a POST that may have been delivered is reported <see cref="ConnectorOutcome.Ambiguous"/>, never repeated.
/// A serviceUrl outside <see cref="ServiceUrlAllowList"/> is refused before any token is acquired or request sent
/// (defence in depth: a stored reference or a configured URL could name any host).
/// </summary>
internal sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IBotTokenProvider tokenProvider,
    ConnectorRetryPolicy retryPolicy,
    ServiceUrlAllowList serviceUrls,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "TeamsCrm.Teams.Connector";

    private static readonly HashSet<string> BlockedCodes = new(StringComparer.OrdinalIgnoreCase) { "MessageWritesBlocked", "BotDisabledByAdmin" };

    private async Task<ConnectorResult<TResult>> SendAsync<TBody, TResult>(
        HttpMethod method,
        string serviceUrl,
        string path,
        TBody? body,
        JsonTypeInfo<TBody>? bodyType,
        JsonTypeInfo<TResult>? resultType,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        if (serviceUrls.Check(serviceUrl) is { } refused)
        {
            Log.ConnectorServiceUrlRefused(logger, method.Method, refused);
            return ConnectorResult<TResult>.Failure(ConnectorOutcome.Failed, null, ServiceUrlAllowList.RefusedErrorCode, refused);
        }

        var uri = new Uri(serviceUrl.TrimEnd('/') + "/" + path);
        var idempotent = method != HttpMethod.Post;
        using var client = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (body is not null && bodyType is not null)
            {
                request.Content = JsonContent.Create(body, bodyType);
            }

            var token = await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                Log.ConnectorTransportError(logger, method.Method, uri.AbsolutePath, attempt, ex.Message);
                if (!idempotent)
                {
                    return ConnectorResult<TResult>.Failure(ConnectorOutcome.Ambiguous, null, null, ex.Message);
                }

                if (attempt >= retryPolicy.MaxRetries)
                {
                    return ConnectorResult<TResult>.Failure(ConnectorOutcome.Failed, null, null, ex.Message);
                }

                await retryPolicy.Delay(retryPolicy.GetDelay(attempt, null)!.Value, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return ConnectorResult<TResult>.Success(await ReadAsync(response, resultType, cancellationToken).ConfigureAwait(false), status);
                }

                var gatewayError = status is 502 or 504;
                if (gatewayError && !idempotent)
                {
                    Log.ConnectorAmbiguous(logger, method.Method, uri.AbsolutePath, status);
                    return ConnectorResult<TResult>.Failure(ConnectorOutcome.Ambiguous, status, null, "Gateway error on a non-idempotent call; not repeated.");
                }

                if ((status is 429 or 412 || gatewayError) && attempt < retryPolicy.MaxRetries
                    && retryPolicy.GetDelay(attempt, response.Headers.RetryAfter) is { } delay)
                {
                    Log.ConnectorRetry(logger, method.Method, uri.AbsolutePath, status, attempt + 1, delay);
                    await retryPolicy.Delay(delay, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                var outcome = status switch
                {
                    403 when error?.Code is { } code && BlockedCodes.Contains(code) => ConnectorOutcome.Blocked,
                    404 => ConnectorOutcome.NotFound,
                    429 => ConnectorOutcome.Throttled,
                    _ => ConnectorOutcome.Failed,
                };
                Log.ConnectorFailed(logger, method.Method, uri.AbsolutePath, status, error?.Code);
                return ConnectorResult<TResult>.Failure(outcome, status, error?.Code, error?.Message);
            }
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T>? type, CancellationToken cancellationToken)
    {
        if (type is null || response.Content.Headers.ContentLength == 0)
        {
            return default;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(text) ? default : JsonSerializer.Deserialize(text, type);
    }

    private static async Task<ErrorDetail?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return (await ReadAsync(response, BotJsonContext.Default.ErrorResponse, cancellationToken).ConfigureAwait(false))?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
