using Microsoft.Extensions.Hosting;
using Moq;
using TeamsCrm.Conversation.Routing;

namespace TeamsCrm.Conversation.Tests.Routing;

/// <summary>The one table from intent / verb to handler: complete, and a key claimed twice stops the start.</summary>
public sealed class ConversationRoutesTests
{
    [Fact]
    public void Constructor_TwoHandlersForOneCardVerb_FailsNamingBoth()
    {
        var first = CardHandler(CardVerbs.AddComment);
        var second = CardHandler(CardVerbs.ShowAccount, CardVerbs.AddComment);

        var error = Assert.Throws<InvalidOperationException>(() => new ConversationRoutes([], [first, second], []));

        Assert.Contains(CardVerbs.AddComment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoHandlersForOneIntent_Fails()
    {
        var first = new Mock<IIntentHandler>();
        first.Setup(h => h.Intents).Returns(new[] { Intent.Help });
        var second = new Mock<IIntentHandler>();
        second.Setup(h => h.Intents).Returns(new[] { Intent.MyDeals, Intent.Help });

        Assert.Throws<InvalidOperationException>(() => new ConversationRoutes([first.Object, second.Object], [], []));
    }

    [Fact]
    public void Constructor_TwoHandlersForOneDialogVerb_Fails()
    {
        var first = new Mock<IDialogSubmitHandler>();
        first.Setup(h => h.Verbs).Returns(new[] { CardVerbs.CreateLead });
        var second = new Mock<IDialogSubmitHandler>();
        second.Setup(h => h.Verbs).Returns(new[] { CardVerbs.CreateLead });

        Assert.Throws<InvalidOperationException>(() => new ConversationRoutes([], [], [first.Object, second.Object]));
    }

    [Fact]
    public async Task StartAsync_DuplicateVerbRegistered_StopsTheStart()
    {
        var services = CompositionServices.WithCoreUseCases();
        services.AddCrmConversation();
        services.AddSingleton(CardHandler(CardVerbs.CompleteTask));
        using var provider = services.BuildServiceProvider();

        var check = provider.GetServices<IHostedService>().Single(s => s.GetType().Name == "ConversationRoutesCheck");

        await Assert.ThrowsAsync<InvalidOperationException>(() => check.StartAsync(CancellationToken.None));
    }

    [Fact]
    public void AddCrmConversation_EveryIntentAndVerb_HasExactlyOneHandler()
    {
        var services = CompositionServices.WithCoreUseCases();
        services.AddCrmConversation();
        using var provider = services.BuildServiceProvider();

        var routes = provider.GetRequiredService<ConversationRoutes>();

        var answered = Enum.GetValues<Intent>().Where(i => i != Intent.Unknown);
        Assert.Equal(answered.Order(), routes.Intents.Order());
        var dialogOnly = new[] { CardVerbs.CreateLead, CardVerbs.CreateAccount, CardVerbs.CreateContact };
        var expectedCardVerbs = CardVerbs.All.Except([CardVerbs.OpenDialog, .. dialogOnly]);
        Assert.Equal(expectedCardVerbs.Order(StringComparer.Ordinal), routes.CardVerbs.Order(StringComparer.Ordinal));
        Assert.Equal(
            dialogOnly.Concat([CardVerbs.UseExistingAccount, CardVerbs.UseExistingContact]).Order(StringComparer.Ordinal),
            routes.DialogVerbs.Order(StringComparer.Ordinal));
    }

    private static ICardActionHandler CardHandler(params string[] verbs)
    {
        var handler = new Mock<ICardActionHandler>();
        handler.Setup(h => h.Verbs).Returns(verbs);
        handler.Setup(h => h.HandleAsync(It.IsAny<CardActionInput>(), It.IsAny<CardContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CardActionOutcome(new JsonObject(), null, []));
        return handler.Object;
    }
}
