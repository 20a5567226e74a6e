using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeamsCrm.Web.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>The app's public base URL and link signing key (configuration section "App"), validated at start.</summary>
    public static IServiceCollection AddCrmAppOptions(this IServiceCollection services)
    {
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<AppOptions>, AppOptionsDefaults>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AppOptions>, AppOptionsValidation>());
        return services;
    }
}
