using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsCrm.Core;
using TeamsCrm.Core.People;
using TeamsCrm.Storage.Configuration;

namespace TeamsCrm.TestSupport;

/// <summary>
/// The CRM's services as the app registers them (AddCrmStorage, AddCrmUseCases) in tables of their own in the test
/// Azurite, on the caller's clock. The caller adds what the host would (an IPeopleDirectory, the conversation) and
/// may replace any registration (e.g. a fault-injecting index writer) in <c>configure</c>, which runs last.
/// Hosted services are registered but never started: tests drive the sweeps themselves.
/// </summary>
public static class CrmTestServices
{
    public static async Task<IServiceProvider> StartAsync(
        string tablePrefix,
        TimeProvider time,
        string? connectionString = null,
        Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{StorageOptions.SectionName}:ConnectionString"] = connectionString ?? TestStorage.ConnectionString,
            [$"{StorageOptions.SectionName}:TablePrefix"] = tablePrefix,
        }).Build());
        services.AddLogging();
        services.AddSingleton(time);
        services.AddCrmStorage();
        services.AddCrmUseCases();
        services.AddSingleton<CallerResolver>();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<CrmTables>().CreateIfNotExistsAsync();
        return provider;
    }
}
