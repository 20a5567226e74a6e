using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Conversation.Notifications;
using TeamsCrm.Conversation.Turns;
using TeamsCrm.Conversation.Understanding;

namespace TeamsCrm.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CRM conversation: the recognizer, the account resolver, the orchestrator and the notification
    /// renderer, all singletons. The host registers Core's use cases, TimeProvider, IPeopleDirectory and CallerResolver,
    /// and may register an <see cref="IPersonLocales"/> first (the default knows no one's locale: notifications use the
    /// language of whoever caused them, else English).
    /// </summary>
    public static IServiceCollection AddCrmConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<IAccountResolver, AccountResolver>();
        services.TryAddSingleton<IPersonLocales>(UnknownPersonLocales.Instance);
        services.AddSingleton<CrmConversation>();
        services.AddSingleton<NotificationRenderer>();
        return services;
    }
}
