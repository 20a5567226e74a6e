using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Teams.Auth;
using TeamsCrm.Teams.Connector;
using TeamsCrm.Teams.Persistence;
using TeamsCrm.Teams.Routing;
using TeamsCrm.Teams.Trust;

namespace TeamsCrm.Teams.Hosting;

/// <summary>Registers the protocol layer: options (validated at start), auth, connector, router, Table Storage state.</summary>
public static class TeamsBotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot protocol. Needs a <c>Azure.Data.Tables.TableServiceClient</c> in DI for dedup, conversation
    /// references and sent activities (or replace <see cref="IActivityDeduplicator"/>/<see cref="IConversationReferenceStore"/>/<see cref="ISentActivityStore"/>).
    /// </summary>
    public static IServiceCollection AddTeamsBotProtocol(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeyRetriever.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<SigningKeyRetriever>();
        services.TryAddSingleton<IBotTokenValidator, BotTokenValidator>();
        services.TryAddSingleton<ServiceUrlAllowList>();
        services.TryAddSingleton<InboundActivityPolicy>();
        services.TryAddSingleton<BotReadOnlyCardVerbs>();
        services.TryAddSingleton<BotReadOnlyInvokes>();
        services.TryAddSingleton<ConnectorRetryPolicy>();
        services.TryAddSingleton<IBotTokenProvider>(CreateTokenProvider);
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<IActivityDeduplicator>(sp => new TableActivityDeduplicator(
            sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<BotOptions>>().Value.TablePrefix));
        services.TryAddSingleton<IConversationReferenceStore>(sp => new TableConversationReferenceStore(
            sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<IOptions<BotOptions>>().Value.TablePrefix));
        services.TryAddSingleton<ISentActivityStore>(sp => new TableSentActivityStore(
            sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<BotOptions>>().Value.TablePrefix));
        services.TryAddSingleton<IProactiveMessenger, ProactiveMessenger>();
        services.TryAddSingleton(sp =>
        {
            var routes = new BotRoutes();
            foreach (var registration in sp.GetServices<BotRouteRegistration>())
            {
                registration.Configure(routes, sp);
            }

            return new BotRouter(routes);
        });
        services.TryAddSingleton<BotRequestProcessor>();
        return services;
    }

    /// <summary>Adds handlers to the route table; duplicate route names fail when the router is built (at startup).</summary>
    public static IServiceCollection AddBotRoutes(this IServiceCollection services, Action<BotRoutes, IServiceProvider> configure) =>
        services.AddSingleton(new BotRouteRegistration(configure));

    /// <summary>
    /// Declares Action.Execute verbs whose handlers only read: their automatic refreshes (trigger "automatic") skip the
    /// delivery claim. Every other activity — any other verb, whatever its trigger — is claimed, so a redelivery runs once.
    /// </summary>
    public static IServiceCollection AddBotReadOnlyCardVerbs(this IServiceCollection services, params string[] verbs) =>
        services.AddSingleton(new BotReadOnlyCardVerbRegistration(verbs));

    /// <summary>
    /// Declares invoke names whose handlers only read (a message extension's search, its chosen result, link unfurling):
    /// they skip the delivery claim, so a search sent on every keystroke writes nothing for deduplication.
    /// </summary>
    public static IServiceCollection AddBotReadOnlyInvokes(this IServiceCollection services, params string[] names) =>
        services.AddSingleton(new BotReadOnlyInvokeRegistration(names));

    private static IBotTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotOptions>>().Value;
        if (string.IsNullOrEmpty(options.AppId))
        {
            return new NoTokenProvider();
        }

        return options.AppType == BotAppType.UserAssignedMSI
            ? ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(services)
            : ActivatorUtilities.CreateInstance<ClientCredentialsTokenProvider>(services);
    }
}
