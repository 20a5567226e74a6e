using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.FluentUI.AspNetCore.Components;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Web.Tab.Components;

namespace TeamsCrm.Web.Tab.Hosting;

public static class TabServiceCollectionExtensions
{
    /// <summary>The tab: Blazor components rendered on the server (interactive over one connection per open tab), Fluent UI, English and German texts.</summary>
    public static IServiceCollection AddCrmTab(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddFluentUIComponents();
        services.AddLocalization();
        services.AddScoped<TabCaller>();
        services.AddScoped<TabClock>();
        services.AddSingleton<TeamsCrm.Web.Tab.Insights.InsightsAccountNames>();
        services.AddScoped<ITabWork, TabWork>();
        services.Replace(ServiceDescriptor.Singleton<IAccountPageLinks, TeamsAccountPageLinks>());
        services.AddHostedService<TeamsCrm.Web.Tab.MyCrm.SharingVersionWatcher>(); // sharing changes of other instances reach open My CRM pages
        return services;
    }
}
