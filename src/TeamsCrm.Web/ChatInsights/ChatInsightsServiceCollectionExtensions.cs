using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Conversation.Insights;

namespace TeamsCrm.Web.ChatInsights;

public static class ChatInsightsServiceCollectionExtensions
{
    /// <summary>The insights cards' links: signed chart images served by this app, and the tab's insights page.</summary>
    public static IServiceCollection AddCrmChatInsights(this IServiceCollection services)
    {
        services.AddSingleton<SignedChartLinks>();
        services.Replace(ServiceDescriptor.Singleton<IInsightsChartLinks>(sp => sp.GetRequiredService<SignedChartLinks>()));
        services.Replace(ServiceDescriptor.Singleton<IInsightsPageLinks, TeamsInsightsPageLinks>());
        return services;
    }
}
