using Microsoft.Extensions.DependencyInjection;
using TeamsCrm.Analytics.Insights;

namespace TeamsCrm.Analytics;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>Registers the analytics' use cases (needs the CRM storage's stores, the analytics store among them).</summary>
    public static IServiceCollection AddCrmAnalytics(this IServiceCollection services)
    {
        services.AddSingleton<InsightsService>();
        return services;
    }
}
