using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Conversation;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Conversation.MessageExtension;
using TeamsCrm.Teams.Hosting;
using TeamsCrm.Teams.Invokes;
using TeamsCrm.Web.Bot.MessageExtension;
using TeamsCrm.Web.Notifications;

namespace TeamsCrm.Web.Bot;

/// <summary>Composition root of the Teams bot: the protocol layer plus the CRM conversation's handlers.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot (configuration section "Bot", validated at start): the protocol, the CRM conversation with
    /// notifications in each recipient's language delivered durably (section "Notifications"), and the handoff reminder
    /// job (Bot:HandoffReminderInterval).
    /// Needs the CRM storage, use cases and people directory (AddCrmStorage, AddCrmUseCases, AddCrmPeople).
    /// </summary>
    public static IServiceCollection AddCrmBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTeamsBotProtocol();
        // The only pure reads: their automatic refreshes skip the delivery claim; every other action is de-duplicated.
        services.AddBotReadOnlyCardVerbs(CardVerbs.Refresh, CardVerbs.RefreshHandoff);
        // The message extension's reads (search on every keystroke, the chosen result, link unfurling) skip it too.
        services.AddBotReadOnlyInvokes(
            InvokeNames.ComposeExtensionQuery, InvokeNames.ComposeExtensionSelectItem, InvokeNames.ComposeExtensionQueryLink, InvokeNames.ComposeExtensionAnonymousQueryLink);
        services.AddOptions<HandoffReminderOptions>().BindConfiguration(HandoffReminderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IPersonLocales, ConversationPersonLocales>();
        services.TryAddSingleton<IAccountLinkReader, AppAccountLinkReader>();
        services.AddCrmConversation();
        services.TryAddSingleton<MessageExtensionHandlers>();
        services.TryAddSingleton<SaveMessageHandlers>();
        services.TryAddSingleton<CrmTurnCallers>();
        services.TryAddSingleton<MentionReader>();
        services.TryAddSingleton<NotificationDispatcher>();
        services.AddCrmNotifications();
        services.AddHostedService<HandoffReminderService>();
        services.TryAddSingleton<CrmBotHandlers>();
        services.TryAddSingleton<ITurnErrorHandler, CrmTurnErrorHandler>();
        services.TryAddSingleton<WelcomeHandler>();
        services.AddBotRoutes((routes, sp) =>
        {
            var welcome = sp.GetRequiredService<WelcomeHandler>();
            var crm = sp.GetRequiredService<CrmBotHandlers>();
            var extension = sp.GetRequiredService<MessageExtensionHandlers>();
            var save = sp.GetRequiredService<SaveMessageHandlers>();
            routes.OnInstall(welcome.OnInstallAsync)
                .OnUninstall(welcome.OnUninstallAsync)
                .OnMessage(crm.OnMessageAsync)
                .OnAdaptiveCardAction(null, crm.OnCardActionAsync)
                .OnTaskFetch(crm.OnTaskFetchAsync)
                .OnTaskSubmit(crm.OnTaskSubmitAsync)
                .OnComposeExtensionQuery(extension.OnQueryAsync)
                .OnComposeExtensionSelectItem(extension.OnSelectItemAsync)
                .OnComposeExtensionQueryLink(extension.OnQueryLinkAsync)
                .OnComposeExtensionAnonymousQueryLink(extension.OnAnonymousQueryLinkAsync)
                .OnComposeExtensionFetchTask(save.OnFetchTaskAsync)
                .OnComposeExtensionSubmitAction(save.OnSubmitActionAsync);
        });
        return services;
    }
}
