using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TeamsCrm.Conversation.Routing;

/// <summary>Builds <see cref="ConversationRoutes"/> when the host starts, so a verb or intent claimed twice stops the start.</summary>
internal sealed class ConversationRoutesCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<ConversationRoutes>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
