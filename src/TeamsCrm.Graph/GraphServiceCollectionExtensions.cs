using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsCrm.Core.People;
using TeamsCrm.Graph.Clients;
using TeamsCrm.Graph.Configuration;
using TeamsCrm.Graph.People;

namespace TeamsCrm.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>The service key of the <see cref="TokenCredential"/> the Graph client uses; register one under it first to replace the configured one (tests).</summary>
    public const string CredentialServiceKey = "TeamsCrm.Graph";

    /// <summary>
    /// When the "Graph" section is configured (any of TenantId, ClientId, ClientSecret,
    /// UseManagedIdentity): registers <see cref="IPeopleDirectory"/> as
    /// <see cref="GraphPeopleDirectory"/> with its options validated at start (an incomplete
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
            (sp, _) => GraphCredentials.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.TryAddSingleton<IGraphClientProvider>(sp => new GraphClientProvider(
            sp.GetRequiredService<IOptions<GraphOptions>>(),
            sp.GetRequiredKeyedService<TokenCredential>(CredentialServiceKey)));
        services.TryAddSingleton<IPeopleDirectory, GraphPeopleDirectory>();
        return services;
    }

    /// <summary>True when the configuration names a Graph tenant, app or identity (see <see cref="AddCrmGraph"/>).</summary>
    public static bool IsGraphConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(GraphOptions.SectionName);
        return !string.IsNullOrWhiteSpace(section[nameof(GraphOptions.TenantId)])
            || !string.IsNullOrWhiteSpace(section[nameof(GraphOptions.ClientId)])
            || !string.IsNullOrWhiteSpace(section[nameof(GraphOptions.ClientSecret)])
            || string.Equals(section[nameof(GraphOptions.UseManagedIdentity)], "true", StringComparison.OrdinalIgnoreCase);
    }
}
