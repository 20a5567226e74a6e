using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TeamsCrm.Teams.Routing;

namespace TeamsCrm.Teams.Hosting;

/// <summary>Maps the messaging endpoint. Other methods on the same path get 405 from endpoint routing.</summary>
public static class TeamsBotEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // Build the router now: a duplicate route name fails the start, not a turn.
        _ = endpoints.ServiceProvider.GetRequiredService<BotRouter>();
        return endpoints.MapPost(pattern, (HttpContext context, BotRequestProcessor processor) => processor.ProcessAsync(context))
            .DisableAntiforgery()
            .WithName("TeamsBotMessages");
    }
}
