using TeamsCrm.Core.People;
using TeamsCrm.Graph;
using TeamsCrm.Graph.People;
using TeamsCrm.Web.DemoData;

namespace TeamsCrm.Web.People;

public static class PeopleServiceCollectionExtensions
{
    /// <summary>
    /// Who people are: Microsoft Graph when the "Graph" section is configured; in Development without
    /// it, the offline directory of the demo tenant. Anywhere else without Graph the app refuses to
    /// start, since every caller would otherwise be treated as an unknown guest.
    /// </summary>
    public static IServiceCollection AddCrmPeople(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddCrmGraph(configuration);
        if (!GraphServiceCollectionExtensions.IsGraphConfigured(configuration))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    "Microsoft Graph is not configured: set Graph:TenantId and Graph:ClientId with Graph:ClientSecret, or Graph:UseManagedIdentity=true (see README).");
            }

            services.AddSingleton<IPeopleDirectory>(new InMemoryPeopleDirectory(DemoTenant.TenantId, DemoTenant.Directory));
        }

        services.AddSingleton<CallerResolver>();
        return services;
    }
}
