using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace TeamsCrm.Web.Health;

public static class HealthEndpointRouteBuilderExtensions
{
    /// <summary>GET /health: 200 when storage answers, 503 otherwise (App Service's health check uses it).</summary>
    public static IEndpointConventionBuilder MapCrmHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false });
}
