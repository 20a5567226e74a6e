using Microsoft.Extensions.DependencyInjection;
using Moq;
using TeamsCrm.Conversation.Turns;
using TeamsCrm.Conversation.Understanding;
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

/// <summary>Logic only: registration and the deal-phrase score (no storage).</summary>
public sealed class TurnCompositionTests
{
    [Fact]
    public void AddCrmConversation_WithTheHostsCoreServices_ResolvesOneSingleton()
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

        services.AddCrmConversation();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Same(provider.GetRequiredService<CrmConversation>(), provider.GetRequiredService<CrmConversation>());
        Assert.IsType<AccountResolver>(provider.GetRequiredService<IAccountResolver>());
        Assert.NotNull(provider.GetRequiredService<IntentRecognizer>());
    }

    [Theory]
    [InlineData("Contoso renewal", "Contoso Ltd", "Renewal 2027", true)]
    [InlineData("renewal", "Contoso Ltd", "Renewal 2027", true)]
    [InlineData("Fabrikam Rollout", "Fabrikam Inc", "Rollout", true)]
    [InlineData("Fabrikam Rolout", "Fabrikam Inc", "Rollout", true)]
    [InlineData("Contoso renewal", "Fabrikam Inc", "Rollout", false)]
    [InlineData("Northwind", "Contoso Ltd", "Renewal 2027", false)]
    public void DealScore_MatchesAccountAndTitle(string phrase, string account, string title, bool expected)
    {
        Assert.Equal(expected, CrmConversation.DealScore(phrase, account, title) >= 0.6);
    }
}
