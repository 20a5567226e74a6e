using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Resources;

namespace TeamsCrm.Web.Telemetry;

/// <summary>
/// OpenTelemetry wiring of the web host: traces, metrics and logs go to Azure Monitor
/// (Application Insights) when, and only when, a connection string is configured. Local runs and
/// tests configure none, so they never send telemetry anywhere.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The configuration key App Service sets from the Bicep deployment.</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The service name under which the app appears in Application Insights.</summary>
    public const string ServiceName = "TeamsCrm.Web";

    /// <summary>The activity sources and meters of TeamsCrm's own code ("TeamsCrm.Storage", …).</summary>
    public const string SourceNamePattern = "TeamsCrm.*";

    public static IServiceCollection AddCrmTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing.AddSource(SourceNamePattern))
            .WithMetrics(metrics => metrics.AddMeter(SourceNamePattern))
            .UseAzureMonitor(options => options.ConnectionString = connectionString);
        return services;
    }
}
