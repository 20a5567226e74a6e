using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TeamsCrm.Teams.Hosting;
using TeamsCrm.Teams.Invokes;
using TeamsCrm.Teams.Routing;

namespace TeamsCrm.Teams.Benchmarks;

/// <summary>
/// The real /api/messages pipeline (BotRequestProcessor with token validation, routing and reply serialisation)
/// built from the production registrations, with storage replaced by no-ops and keys served from memory.
/// </summary>
internal sealed class BotPipeline : IDisposable
{
    public const string AppId = DemoPeople.BotAppId;
    private readonly ChannelTokens _tokens = new();
    private readonly ServiceProvider _services;

    public BotPipeline(IConnectorClient? connector = null, string authority = "https://login.invalid")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = DemoPeople.TenantId,
            ["Bot:ClientSecret"] = "bench",
            ["Bot:OpenIdMetadataUrl"] = "https://openid.invalid/metadata",
            ["Bot:Authority"] = authority,
            // The concurrent-conversations benchmark replies to a loopback fake connector (Development only).
            ["Bot:AllowLoopbackServiceUrls"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development });
        services.AddTeamsBotProtocol();
        services.AddHttpClient(SigningKeyRetriever.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new InMemoryOpenIdHandler(_tokens.Jwks()));
        var state = new NoOpState();
        services.Replace(ServiceDescriptor.Singleton<IActivityDeduplicator>(state));
        services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore>(state));
        if (connector is not null)
        {
            services.Replace(ServiceDescriptor.Singleton(connector));
        }

        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Help" }) };
        services.AddBotRoutes((routes, _) => routes
            .OnMessage((context, ct) => context.SendActivityAsync(MessageFactory.Text("You said: " + context.Text), ct))
            .OnAdaptiveCardAction("help", (_, _) => Task.FromResult(AdaptiveCardResponses.Card((JsonObject)card.DeepClone()))));
        _services = services.BuildServiceProvider();
        Processor = _services.GetRequiredService<BotRequestProcessor>();
    }

    public BotRequestProcessor Processor { get; }

    public IServiceProvider Services => _services;

    public string Authorization(string serviceUrl) => _tokens.Authorization(AppId, serviceUrl);

    /// <summary>Checks only the RS256 signature of a "Bearer" header with the raw RSA key.</summary>
    public bool VerifySignature(string authorization) => _tokens.VerifySignature(authorization);

    public static DefaultHttpContext Request(byte[] body, string authorization)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.Headers.Authorization = authorization;
        context.Response.Body = Stream.Null;
        return context;
    }

    public void Dispose()
    {
        _services.Dispose();
        _tokens.Dispose();
    }
}
