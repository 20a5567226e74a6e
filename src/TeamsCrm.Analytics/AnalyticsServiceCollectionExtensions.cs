using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Analytics.Scoring;

namespace TeamsCrm.Analytics;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>Registers the analytics' use cases (needs the CRM storage's stores, the analytics store among them).</summary>
    public static IServiceCollection AddCrmAnalytics(this IServiceCollection services)
    {
        services.AddSingleton<InsightsService>();
        services.TryAddSingleton<PipelineFiguresMemo>();
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ScoreModelRegistry>();
        services.AddSingleton<DealScoreService>();
        services.TryAddSingleton<CustomerDocumentsBuilder>();
        services.AddSingleton<CustomerInsightsService>();
        services.AddSingleton<CallListService>();
        services.AddSingleton<MiningInsightsService>();
        return services;
    }
}
