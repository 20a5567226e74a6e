using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Graph.Clients;
using TeamsCrm.Graph.Context;
using TeamsCrm.Graph.Delegated;
using TeamsCrm.Graph.People;
using TeamsCrm.Graph.Photos;

namespace TeamsCrm.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>The service key of the <see cref="TokenCredential"/> the Graph client uses; register one under it first to replace the configured one (tests).</summary>
    public const string CredentialServiceKey = "TeamsCrm.Graph";

    /// <summary>
    /// When Graph is used (<see cref="IsGraphConfigured"/>): registers <see cref="IPeopleDirectory"/> as
    /// <see cref="GraphPeopleDirectory"/>, <see cref="IPeopleContextSource"/> and <see cref="IPersonPhotoSource"/> on Graph, with its options validated at start (an incomplete
    /// section stops the app), one token credential and one Graph client. Otherwise registers
    /// nothing, so the host can add the offline <see cref="InMemoryPeopleDirectory"/> with TryAdd.
    /// </summary>
    public static IServiceCollection AddCrmGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsGraphConfigured(configuration))
        {
            return services;
        }

        services.AddOptions<GraphOptions>()
            .Bind(configuration.GetSection(GraphOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<TokenCredential>(
            CredentialServiceKey,
            (sp, _) => GraphCredentials.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value)!); // null: Credential=None
        services.TryAddSingleton<IGraphClientProvider>(sp => new GraphClientProvider(
            sp.GetRequiredService<IOptions<GraphOptions>>(),
            sp.GetKeyedService<TokenCredential>(CredentialServiceKey)));
        services.TryAddSingleton<IPeopleDirectory, GraphPeopleDirectory>();
        services.TryAddSingleton<GraphPeopleContextSource>();
        if (IsDelegatedEnabled(configuration))
        {
            AddDelegated(services);
        }
        else
        {
            services.TryAddSingleton<IPeopleContextSource>(sp => sp.GetRequiredService<GraphPeopleContextSource>());
        }

        services.TryAddSingleton<IPersonPhotoSource, GraphPersonPhotoSource>();
        return services;
    }

    /// <summary>True when Graph:Delegated:Enabled is set: the tab's sign-in starts delegated Graph sessions.</summary>
    public static bool IsDelegatedEnabled(IConfiguration configuration) =>
        configuration?.GetSection(GraphOptions.SectionName).GetSection(nameof(GraphOptions.Delegated)).GetValue<bool>(nameof(GraphDelegatedOptions.Enabled)) ?? false;

    /// <summary>The on-behalf-of exchange (MSAL; register another <see cref="IOnBehalfOfTokenClient"/> first to replace it), the sessions and the delegated context source.</summary>
    private static void AddDelegated(IServiceCollection services)
    {
        services.TryAddSingleton<IOnBehalfOfTokenClient, MsalOnBehalfOfTokenClient>();
        services.TryAddSingleton<DelegatedGraphSessions>();
        services.TryAddSingleton<DelegatedGraphClients>();
        services.TryAddSingleton<IPeopleContextSource, DelegatedPeopleContextSource>();
    }

    /// <summary>
    /// True when Graph is to be used: Graph:Mode=Live, or (Mode unset) the configuration names a Graph
    /// credential, tenant, app or identity (see <see cref="AddCrmGraph"/>). Graph:Mode=Offline: false.
    /// </summary>
    public static bool IsGraphConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(GraphOptions.SectionName);
        var mode = section[nameof(GraphOptions.Mode)];
        if (!string.IsNullOrWhiteSpace(mode))
        {
            return Enum.TryParse<GraphMode>(mode, ignoreCase: true, out var parsed) ? parsed == GraphMode.Live
                : throw new InvalidOperationException($"Graph:Mode must be Offline or Live, not '{mode}'.");
        }

        return !string.IsNullOrWhiteSpace(section[nameof(GraphOptions.Credential)])
            || !string.IsNullOrWhiteSpace(section[nameof(GraphOptions.TenantId)])
            || !string.IsNullOrWhiteSpace(section[nameof(GraphOptions.ClientId)])
            || !string.IsNullOrWhiteSpace(section[nameof(GraphOptions.ClientSecret)])
            || string.Equals(section[nameof(GraphOptions.UseManagedIdentity)], "true", StringComparison.OrdinalIgnoreCase);
    }
}
