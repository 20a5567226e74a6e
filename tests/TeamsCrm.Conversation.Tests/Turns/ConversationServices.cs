using Microsoft.Extensions.DependencyInjection;
using TeamsCrm.Conversation.Turns;
using TeamsCrm.Core.People;

namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>The conversation as production composes it (<see cref="ConversationServiceCollectionExtensions.AddCrmConversation"/>), over a test world's use cases.</summary>
internal static class ConversationServices
{
    public static CrmConversation Build(TimeProvider time, IPeopleDirectory people, params object[] useCases)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddSingleton(people);
        foreach (var useCase in useCases)
        {
            services.AddSingleton(useCase.GetType(), useCase);
        }

        services.AddCrmConversation();
        return services.BuildServiceProvider().GetRequiredService<CrmConversation>();
    }
}
