using TeamsCrm.Core.People;
using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Graph;
using TeamsCrm.Graph.Offline;
using TeamsCrm.Graph.People;
using TeamsCrm.Web.DemoData;

namespace TeamsCrm.Web.People;

public static class PeopleServiceCollectionExtensions
{
    /// <summary>
    /// Who people are, with their titles, presence, photos and calendars: Microsoft Graph when it is configured
    /// (Graph:Mode=Live, or credentials given); in Development without it, the offline directory and context of the demo tenant. Anywhere else without Graph the app refuses to
    /// start, since every caller would otherwise be treated as an unknown guest. Cards link photos through
    /// <see cref="SignedPhotoLinks"/> (needs AddCrmAppOptions).
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
                    "Microsoft Graph is not configured (Graph:Mode=Offline is for Development only): set Graph:Mode=Live, Graph:TenantId and a Graph:Credential — ClientSecret (with Graph:ClientId and Graph:ClientSecret), Certificate (with Graph:ClientId and Graph:CertificatePath) or ManagedIdentity (see README).");
            }

            services.AddSingleton<IPeopleDirectory>(new InMemoryPeopleDirectory(DemoTenant.TenantId, DemoTenant.Directory));
            services.AddSingleton(sp => DemoPeopleContext.Create(sp.GetService<TimeProvider>() ?? TimeProvider.System));
            services.AddSingleton<IPeopleContextSource>(sp => sp.GetRequiredService<OfflinePeopleContextSource>());
            services.AddSingleton<IPersonPhotoSource>(sp => sp.GetRequiredService<OfflinePeopleContextSource>());
        }

        services.AddSingleton<SignedPhotoLinks>();
        services.AddSingleton<IPersonPhotoLinks>(sp => sp.GetRequiredService<SignedPhotoLinks>());
        services.AddSingleton<CallerResolver>();
        return services;
    }
}
