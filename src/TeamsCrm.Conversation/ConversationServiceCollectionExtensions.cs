using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Conversation.Accounts;
using TeamsCrm.Conversation.Channels;
using TeamsCrm.Conversation.Comments;
using TeamsCrm.Conversation.Deals;
using TeamsCrm.Conversation.Dialogs;
using TeamsCrm.Conversation.Handoffs;
using TeamsCrm.Conversation.Help;
using TeamsCrm.Conversation.Interactions;
using TeamsCrm.Conversation.MessageExtension;
using TeamsCrm.Conversation.MyWork;
using TeamsCrm.Conversation.Notifications;
using TeamsCrm.Conversation.Sharing;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Meetings;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CRM conversation: the recognizer, the account resolver, one handler per intent and verb behind
    /// <see cref="ConversationRoutes"/> (built at start: a verb or intent claimed twice stops the host), the entry
    /// <see cref="CrmConversation"/> and the notification renderer, all singletons. The host registers Core's use cases,
    /// TimeProvider, IPeopleDirectory and CallerResolver, and may register an <see cref="IPersonLocales"/> and an
    /// <see cref="IPeopleContextSource"/> first (without one, cards show no people and calendar context) and an
    /// <see cref="IPersonPhotoLinks"/> (without one, cards link no photos) (the
    /// default knows no one's locale: notifications use the language of whoever caused them, else English).
    /// </summary>
    public static IServiceCollection AddCrmConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<AccountResolver>();
        services.AddSingleton<IAccountResolver>(sp => sp.GetRequiredService<AccountResolver>());
        services.TryAddSingleton<IPersonLocales>(UnknownPersonLocales.Instance);
        AddSharedParts(services);
        AddHandlers(services);
        services.AddSingleton<ConversationRoutes>();
        services.AddHostedService<ConversationRoutesCheck>();
        services.AddSingleton<DialogFetcher>();
        services.AddSingleton<CrmConversation>();
        services.AddSingleton<NotificationRenderer>();
        services.TryAddSingleton<IAccountLinkReader>(NoAccountLinks.Instance);
        services.AddSingleton<RecordSearchCards>();
        services.AddSingleton<Partners.GuestAskWhom>();
        services.AddSingleton<SaveMessageDialog>();
        return services;
    }

    private static void AddSharedParts(IServiceCollection services)
    {
        services.TryAddSingleton<IPeopleContextSource>(NoPeopleContext.Instance);
        services.TryAddSingleton<IPersonPhotoLinks>(NoPersonPhotoLinks.Instance);
        services.TryAddSingleton<IAccountPageLinks>(NoAccountPageLinks.Instance);
        services.TryAddSingleton<CustomerContextService>();
        services.TryAddSingleton<MeetingLogService>();
        services.TryAddSingleton<UnloggedMeetingsService>();
        services.AddSingleton<CustomerCards>();
        services.AddSingleton<AccountTabLinks>();
        services.AddSingleton<MyWorkCards>();
        services.AddSingleton<NotificationPeople>();
        services.AddSingleton<HandoffCards>();
        services.AddSingleton<RecipientFinder>();
        services.AddSingleton<MentionedPeople>();
        services.AddSingleton<ShowAccountHandler>();
        services.AddSingleton<NamedAccount>();
        services.AddSingleton<ShareTargetFinder>();
        services.AddSingleton<SharePlanner>();
        Insights.InsightsConversation.AddTo(services);
    }

    /// <summary>The handler table's rows: see docs/conversation-turns.md ("Handlers").</summary>
    private static void AddHandlers(IServiceCollection services)
    {
        services.AddSingleton<IIntentHandler, HelpHandler>();
        services.AddSingleton<Partners.PartnerTargets>();
        services.AddSingleton<IIntentHandler, Partners.PartnerOrganizationsHandler>();
        services.AddSingleton<ICardActionHandler, Partners.PartnerOrganizationActions>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<ShowAccountHandler>());
        services.AddSingleton<IIntentHandler, MyListsHandler>();
        services.AddSingleton<IIntentHandler, HandOffByTextHandler>();
        services.AddSingleton<IIntentHandler, CommentByTextHandler>();
        services.AddSingleton<IIntentHandler, LogByTextHandler>();
        services.AddSingleton<IIntentHandler, OpenDialogHandler>();
        services.AddSingleton<IIntentHandler, LinkChannelHandler>();
        services.AddSingleton<IIntentHandler, ChannelSummaryHandler>();
        services.AddSingleton<IIntentHandler, ShareByTextHandler>();

        services.AddSingleton<ICardActionHandler, ShowCustomerCardAction>();
        services.AddSingleton<ICardActionHandler, MyListsAction>();
        services.AddSingleton<ICardActionHandler, CompleteTaskAction>();
        services.AddSingleton<ICardActionHandler, AddCommentAction>();
        services.AddSingleton<ICardActionHandler, ChangeStageAction>();
        services.AddSingleton<ICardActionHandler, LogInteractionAction>();
        services.AddSingleton<ICardActionHandler, LogMeetingAction>();
        services.AddSingleton<ICardActionHandler, StartHandoffAction>();
        services.AddSingleton<ICardActionHandler, AnswerHandoffAction>();
        services.AddSingleton<ICardActionHandler, ShowHandoffAction>();
        services.AddSingleton<ICardActionHandler, PrepareShareAction>();
        services.AddSingleton<ICardActionHandler, ConfirmShareAction>();

        services.AddSingleton<IDialogSubmitHandler, CreateLeadSubmit>();
        services.AddSingleton<IDialogSubmitHandler, CreateAccountSubmit>();
        services.AddSingleton<IDialogSubmitHandler, CreateContactSubmit>();
        services.AddSingleton<IDialogSubmitHandler, UseExistingSubmit>();
    }
}
