using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using TeamsCrm.Web.Telemetry;

namespace TeamsCrm.Infrastructure.Tests.Telemetry;

public sealed class CrmTelemetryTests
{
    [Fact]
    public void AddCrmTelemetry_NoConnectionString_RegistersNoExporter()
    {
        var services = new ServiceCollection();

        services.AddCrmTelemetry(Configuration(null));

        Assert.Empty(services);
        using var provider = services.BuildServiceProvider();
        Assert.Null(provider.GetService<TracerProvider>());
    }

    [Fact]
    public void AddCrmTelemetry_WithConnectionString_RegistersOpenTelemetry()
    {
        var services = new ServiceCollection();

        services.AddCrmTelemetry(Configuration(
            "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1/"));

        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(TracerProvider));
    }

    private static IConfiguration Configuration(string? connectionString) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [TelemetryServiceCollectionExtensions.ConnectionStringKey] = connectionString,
            })
            .Build();
}
