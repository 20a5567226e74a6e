using Azure.Core;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace TeamsCrm.Graph.Clients;

/// <summary>
/// Builds a <see cref="GraphServiceClient"/> on the SDK's default middleware with two changes:
/// retries (429/503/504, honouring Retry-After) are bounded for a bot turn — count, total wait and
/// request timeout from <see cref="GraphOptions"/> — and end in Graph's own error response; and
/// tokens are sent to exactly the configured Graph host (the SDK's default allow-list knows only
/// Microsoft's hosts, so a loopback stub would get no token).
/// </summary>
internal static class GraphClientBuilder
{
    public static (GraphServiceClient Client, HttpClient Http) Build(GraphOptions options, TokenCredential? credential)
    {
        var http = BuildHttp(options);
        var scope = $"{options.BaseUrl.GetLeftPart(UriPartial.Authority)}/.default";
        // No credential (Graph:Credential=None, validated: Development and a loopback stub only): no Authorization header.
        IAuthenticationProvider authentication = credential is null
            ? new AnonymousAuthenticationProvider()
            : new AzureIdentityAuthenticationProvider(
                credential,
                allowedHosts: [options.BaseUrl.Host],
                observabilityOptions: null,
                isCaeEnabled: true,
                scopes: [scope]);
        return (new GraphServiceClient(http, authentication, BaseUrl(options)), http);
    }

    /// <summary>A client that sends this delegated token (one user's, on-behalf-of) to exactly the configured Graph host, over <paramref name="http"/>.</summary>
    public static GraphServiceClient ForToken(HttpClient http, GraphOptions options, string accessToken) =>
        new(http, new BaseBearerTokenAuthenticationProvider(new FixedAccessTokenProvider(accessToken, options.BaseUrl.Host)), BaseUrl(options));

    /// <summary>The HTTP pipeline: the SDK's default middleware with the bounded retry handler, the request timeout, no redirects.</summary>
    public static HttpClient BuildHttp(GraphOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var maxRetries = options.MaxRetries;
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = maxRetries,
            Delay = 1,
            RetriesTimeLimit = options.RetriesTimeLimit,

            // Stop before the handler's own limit: the last 429/503/504 then comes back as Graph's
            // error response (ODataError with its status), not as the handler's AggregateException.
            ShouldRetry = (_, attempt, response) => attempt < maxRetries && IsTransient(response.StatusCode),
        });
        var index = handlers.ToList().FindIndex(h => h is RetryHandler);
        if (index >= 0)
        {
            handlers[index] = retry;
        }
        else
        {
            handlers.Insert(0, retry);
        }

        var http = GraphClientFactory.Create(handlers, finalHandler: new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = false,
        });
        http.Timeout = options.RequestTimeout;
        return http;
    }

    private static string BaseUrl(GraphOptions options) => options.BaseUrl.AbsoluteUri.TrimEnd('/');

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
