using Microsoft.Extensions.Configuration;
using TeamsCrm.Teams.Hosting;

namespace TeamsCrm.Web.Tests.Bot;

/// <summary>
/// Only pure reads may skip the delivery claim on an automatic refresh (the protocol side is proven in
/// TeamsCrm.Teams.Tests' ReadOnlyRefreshClaimTests): the CRM registers exactly its two refresh verbs.
/// </summary>
public sealed class ReadOnlyCardVerbsTests
{
    [Fact]
    public void AddCrmBot_RegistersOnlyTheTwoRefreshVerbsAsReadOnly()
    {
        var services = new ServiceCollection();
        services.AddCrmBot(new ConfigurationBuilder().Build());

        var verbs = services.Where(d => d.ServiceType == typeof(BotReadOnlyCardVerbRegistration))
            .SelectMany(d => ((BotReadOnlyCardVerbRegistration)d.ImplementationInstance!).Verbs);

        Assert.Equal(["card.refresh", "handoff.refresh"], verbs.Order(StringComparer.Ordinal));
    }
}
