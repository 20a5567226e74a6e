using Azure.Core;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using TeamsCrm.Graph.Configuration;

namespace TeamsCrm.Graph.Clients;

/// <summary>
/// Builds a <see cref="GraphServiceClient"/> on the SDK's default middleware with two changes:
/// retries are bounded for a bot turn (count and total wait, see <see cref="GraphOptions"/>),
/// and tokens are sent to exactly the configured Graph host (the SDK's default allow-list knows
/// only Microsoft's hosts, so a stub would get no token and a typo'd host no token either).
/// </summary>
internal static class GraphClientBuilder
{
    public static (GraphServiceClient Client, HttpClient Http) Build(GraphOptions options, TokenCredential credential)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            Delay = 1,
            RetriesTimeLimit = options.RetriesTimeLimit,
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

        var baseUrl = options.BaseUrl.AbsoluteUri.TrimEnd('/');
        var scope = $"{options.BaseUrl.GetLeftPart(UriPartial.Authority)}/.default";
        var authentication = new AzureIdentityAuthenticationProvider(
            credential,
            allowedHosts: [options.BaseUrl.Host],
            observabilityOptions: null,
            isCaeEnabled: true,
            scopes: [scope]);
        return (new GraphServiceClient(http, authentication, baseUrl), http);
    }
}
