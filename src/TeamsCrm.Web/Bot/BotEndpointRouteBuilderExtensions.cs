using TeamsCrm.Teams.Hosting;

namespace TeamsCrm.Web.Bot;

/// <summary>Maps the bot's messaging endpoint.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>POST /api/messages (other methods: 405).</summary>
    public static IEndpointRouteBuilder MapCrmBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTeamsBot("/api/messages");
        return endpoints;
    }
}
