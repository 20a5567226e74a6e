namespace TeamsCrm.Web.DemoData;

public static class DemoDataServiceCollectionExtensions
{
    /// <summary>In Development only: seeds the demo tenant on first start against an empty store, then its history in the background.</summary>
    public static IServiceCollection AddCrmDemoData(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsDevelopment())
        {
            services.AddSingleton<DemoDataSeeder>();
            services.AddHostedService<DemoDataStartup>();
            services.AddSingleton<DemoHistorySeeder>();
            services.AddHostedService<DemoHistoryStartup>();
        }

        return services;
    }
}
