using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Teams.Hosting;
using TeamsCrm.Teams.Routing;

namespace TeamsCrm.Web.Bot;

/// <summary>Composition root of the Teams bot: the protocol layer plus the CRM bot's handlers.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Adds the bot (configuration section "Bot", validated at start). Needs a TableServiceClient (AddCrmStorage).</summary>
    public static IServiceCollection AddCrmBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTeamsBotProtocol();
        services.TryAddSingleton<WelcomeHandler>();
        services.AddBotRoutes((routes, sp) =>
        {
            var welcome = sp.GetRequiredService<WelcomeHandler>();
            routes.OnInstall(welcome.OnInstallAsync)
                .OnUninstall(welcome.OnUninstallAsync)
                .OnMessage(HelpHandlers.OnMessageAsync)
                .OnAdaptiveCardAction(HelpCard.HelpVerb, HelpHandlers.OnHelpActionAsync);
        });
        return services;
    }
}
