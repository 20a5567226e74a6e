using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Graph.Clients;
using TeamsCrm.Graph.Context;
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
        services.TryAddSingleton<IPeopleContextSource, GraphPeopleContextSource>();
        services.TryAddSingleton<IPersonPhotoSource, GraphPersonPhotoSource>();
        return services;
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
