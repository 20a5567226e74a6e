using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging;

namespace TeamsCrm.Teams.Tests.Support;

/// <summary>
/// The bot endpoint on a real Kestrel loopback port with in-memory state and a recording connector; its
/// handlers record every effect so tests can prove "no handler side effect".
/// </summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, Uri baseAddress, BotTestHostState state)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = baseAddress };
        Effects = state.Effects;
        Deduplicator = state.Deduplicator;
        References = state.References;
        Connector = state.Connector;
        Logs = state.Logs;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public ConcurrentQueue<string> Effects { get; }

    public InMemoryDeduplicator Deduplicator { get; }

    public InMemoryReferenceStore References { get; }

    public RecordingConnector Connector { get; }

    /// <summary>Formatted log messages of the host (Information and above).</summary>
    public ConcurrentQueue<string> Logs { get; }

    /// <summary>Everything a turn could have changed: handler effects, dedup claims, references, connector calls.</summary>
    public int SideEffects => Effects.Count + Deduplicator.Attempts + References.Writes + Connector.Calls.Count;

    /// <summary>The settings of a bot trusting <paramref name="openId"/>'s keys, with <paramref name="changes"/> applied (null clears a setting).</summary>
    public static Dictionary<string, string?> Settings(OpenIdServer? openId, params (string Key, string? Value)[] changes)
    {
        var settings = Defaults(openId);
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The error of a start that option validation must refuse: the defaults with <paramref name="changes"/>, in Production.</summary>
    public static Task<OptionsValidationException> RefusedStartAsync(params (string Key, string? Value)[] changes) =>
        RefusedStartAsync("Production", changes);

    public static Task<OptionsValidationException> RefusedStartAsync(string environment, params (string Key, string? Value)[] changes) =>
        Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(Settings(null, changes), environment));

    private static Dictionary<string, string?> Defaults(OpenIdServer? openId) => new()
    {
        ["Bot:AppId"] = TestTokens.AppId,
        ["Bot:TenantId"] = TestTokens.TenantId,
        ["Bot:ClientSecret"] = "test-secret",
        ["Bot:OpenIdMetadataUrl"] = openId?.ChannelMetadataUrl ?? "http://127.0.0.1:9/none",
        ["Bot:EntraOpenIdMetadataUrl"] = openId?.EntraMetadataUrl ?? "http://127.0.0.1:9/none",
        ["Bot:SigningKeyMinRefetchInterval"] = "00:00:00",
        ["Bot:Authority"] = "http://127.0.0.1:9",
    };

    public static async Task<BotTestHost> StartAsync(
        IDictionary<string, string?> settings,
        string environment = "Production",
        Action<IServiceCollection>? configureServices = null)
    {
        var host = new BotTestHostState();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new CapturingLoggerProvider(host.Logs));
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTeamsBotProtocol();
        builder.Services.AddSingleton(host);
        builder.Services.Replace(ServiceDescriptor.Singleton<IActivityDeduplicator>(_ => host.Deduplicator));
        builder.Services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore>(_ => host.References));
        builder.Services.Replace(ServiceDescriptor.Singleton<IConnectorClient>(_ => host.Connector));
        builder.Services.AddBotRoutes((routes, _) => routes
            .OnMessage(async (context, ct) =>
            {
                host.Effects.Enqueue("message:" + context.Text);
                await context.SendTextAsync("echo: " + context.Text, ct);
            })
            .OnInstall((context, _) =>
            {
                host.Effects.Enqueue("install:" + context.Activity.Type);
                return Task.CompletedTask;
            })
            .OnAdaptiveCardAction("help", (context, _) =>
            {
                host.Effects.Enqueue("help-card");
                return Task.FromResult(AdaptiveCardResponses.Card(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" }));
            }));
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapTeamsBot();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotTestHost(app, new Uri(address), host);
    }

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? authorization = null) =>
        await PostRawAsync(activity.ToJsonString(), authorization);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public static string Bearer(string token) => new AuthenticationHeaderValue("Bearer", token).ToString();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The in-memory doubles of a <see cref="BotTestHost"/>, created before its services are built.</summary>
internal sealed class BotTestHostState
{
    public ConcurrentQueue<string> Effects { get; } = new();

    public InMemoryDeduplicator Deduplicator { get; } = new();

    public InMemoryReferenceStore References { get; } = new();

    public RecordingConnector Connector { get; } = new();

    public ConcurrentQueue<string> Logs { get; } = new();
}
