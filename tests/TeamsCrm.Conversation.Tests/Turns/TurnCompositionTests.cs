namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>Logic only: registration (no storage).</summary>
public sealed class TurnCompositionTests
{
    [Fact]
    public void AddCrmConversation_WithTheHostsCoreServices_ResolvesOneSingleton()
    {
        var services = CompositionServices.WithCoreUseCases();

        services.AddCrmConversation();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Same(provider.GetRequiredService<CrmConversation>(), provider.GetRequiredService<CrmConversation>());
        Assert.IsType<AccountResolver>(provider.GetRequiredService<IAccountResolver>());
        Assert.NotNull(provider.GetRequiredService<IntentRecognizer>());
    }
}
