using Moq;
using TeamsCrm.Core;

namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>What the host registers before AddCrmConversation: Core's use cases (AddCrmUseCases) and the analytics' (AddCrmAnalytics) over mocked stores (registration tests only).</summary>
internal static class CompositionServices
{
    public static ServiceCollection WithCoreUseCases()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Mock.Of<IAccountStore>());
        services.AddSingleton(Mock.Of<ICrmIndex>());
        services.AddSingleton(Mock.Of<IChannelLinkStore>());
        services.AddSingleton(Mock.Of<IProductCatalogStore>());
        services.AddSingleton(Mock.Of<IPartnerDirectory>());
        services.AddSingleton(Mock.Of<IPeopleDirectory>());
        services.AddSingleton(Mock.Of<TeamsCrm.Core.Settings.ICrmSettingsStore>());
        services.AddSingleton(Mock.Of<TeamsCrm.Core.Settings.ICrmSettingsChanges>());
        services.AddSingleton<CallerResolver>();
        services.AddCrmUseCases();
        services.AddSingleton(Mock.Of<TeamsCrm.Analytics.Insights.IAnalyticsStore>());
        services.AddSingleton(Mock.Of<TeamsCrm.Analytics.Customers.ICustomerFactsStore>());
        services.AddSingleton(Mock.Of<TeamsCrm.Analytics.Scoring.IScoreModelStore>());
        services.AddSingleton(Mock.Of<TeamsCrm.Analytics.Mining.IMiningStore>());
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddLogging();
        TeamsCrm.Analytics.AnalyticsServiceCollectionExtensions.AddCrmAnalytics(services);
        return services;
    }
}
