using Microsoft.Extensions.DependencyInjection;
using Moq;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Channels;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.People;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>What the host registers before AddCrmConversation: Core's use cases over mocked stores (registration tests only).</summary>
internal static class CompositionServices
{
    public static ServiceCollection WithCoreUseCases()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Mock.Of<IAccountStore>());
        services.AddSingleton(Mock.Of<ICrmIndex>());
        services.AddSingleton(Mock.Of<IChannelLinkStore>());
        services.AddSingleton(Mock.Of<IPartnerDirectory>());
        services.AddSingleton(Mock.Of<IPeopleDirectory>());
        services.AddSingleton<CallerResolver>();
        foreach (var type in new[]
        {
            typeof(AccountSearch), typeof(AccountService), typeof(ContactService), typeof(DealService), typeof(HandoffService), typeof(CommentService),
            typeof(InteractionService), typeof(FollowUpService), typeof(MyWorkService), typeof(HandoffReminders), typeof(ChannelLinkService),
        })
        {
            services.AddSingleton(type);
        }

        return services;
    }
}
