using TeamsCrm.Teams.Routing;

namespace TeamsCrm.Teams.Hosting;

/// <summary>One contribution to the route table, applied when the router is built at startup.</summary>
public sealed record BotRouteRegistration(Action<BotRoutes, IServiceProvider> Configure);
