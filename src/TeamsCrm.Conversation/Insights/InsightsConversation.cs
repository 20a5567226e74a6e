using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// The insights answers' registrations (called by AddCrmConversation): the handlers and their links. The host registers
/// the analytics' use cases (AddCrmAnalytics) and may register an <see cref="IInsightsChartLinks"/> and an
/// <see cref="IInsightsPageLinks"/> first; without them the cards carry no chart and no button.
/// </summary>
internal static class InsightsConversation
{
    public static void AddTo(IServiceCollection services)
    {
        services.TryAddSingleton<IInsightsChartLinks>(NoInsightsLinks.Instance);
        services.TryAddSingleton<IInsightsPageLinks>(NoInsightsLinks.Instance);
        services.AddSingleton<InsightsCards>();
        services.AddSingleton<IIntentHandler, PipelineHandler>();
        services.AddSingleton<IIntentHandler, ForecastHandler>();
        services.AddSingleton<IIntentHandler, CustomerQuestionsHandler>();
        services.AddSingleton<IIntentHandler, ProductInsightsHandler>();
    }
}
