using TeamsCrm.Teams.Invokes;

namespace TeamsCrm.Teams.Routing;

/// <summary>The OnXxx registrations paired with the handler delegates.</summary>
public static class BotRoutesExtensions
{
    public static BotRoutes OnMessage(this BotRoutes routes, ActivityHandler handler) => Routes(routes).Add(RouteNames.Message, handler);

    public static BotRoutes OnInstall(this BotRoutes routes, ActivityHandler handler) => Routes(routes).Add(RouteNames.Install, handler);

    public static BotRoutes OnUninstall(this BotRoutes routes, ActivityHandler handler) => Routes(routes).Add(RouteNames.Uninstall, handler);

    public static BotRoutes OnConversationUpdate(this BotRoutes routes, ActivityHandler handler) => Routes(routes).Add(RouteNames.ConversationUpdate, handler);

    public static BotRoutes OnMessageReaction(this BotRoutes routes, ActivityHandler handler) => Routes(routes).Add(RouteNames.MessageReaction, handler);

    public static BotRoutes OnInvoke(this BotRoutes routes, string invokeName, InvokeHandler handler) => Routes(routes).AddInvoke(RouteNames.Invoke(invokeName), handler);

    /// <summary>Action.Execute: for one verb, or for every verb without a route of its own when <paramref name="verb"/> is null.</summary>
    public static BotRoutes OnAdaptiveCardAction(this BotRoutes routes, string? verb, InvokeHandler handler) =>
        Routes(routes).AddInvoke(verb is null ? RouteNames.Invoke(InvokeNames.AdaptiveCardAction) : RouteNames.AdaptiveCardAction(verb), handler);

    public static BotRoutes OnComposeExtensionQuery(this BotRoutes routes, InvokeHandler handler) => routes.OnInvoke(InvokeNames.ComposeExtensionQuery, handler);

    public static BotRoutes OnComposeExtensionQueryLink(this BotRoutes routes, InvokeHandler handler) => routes.OnInvoke(InvokeNames.ComposeExtensionQueryLink, handler);

    public static BotRoutes OnComposeExtensionAnonymousQueryLink(this BotRoutes routes, InvokeHandler handler) => routes.OnInvoke(InvokeNames.ComposeExtensionAnonymousQueryLink, handler);

    public static BotRoutes OnComposeExtensionSelectItem(this BotRoutes routes, InvokeHandler handler) => routes.OnInvoke(InvokeNames.ComposeExtensionSelectItem, handler);

    public static BotRoutes OnComposeExtensionFetchTask(this BotRoutes routes, InvokeHandler handler) => routes.OnInvoke(InvokeNames.ComposeExtensionFetchTask, handler);

    public static BotRoutes OnComposeExtensionSubmitAction(this BotRoutes routes, InvokeHandler handler) => routes.OnInvoke(InvokeNames.ComposeExtensionSubmitAction, handler);

    public static BotRoutes OnTaskFetch(this BotRoutes routes, InvokeHandler handler) => routes.OnInvoke(InvokeNames.TaskFetch, handler);

    public static BotRoutes OnTaskSubmit(this BotRoutes routes, InvokeHandler handler) => routes.OnInvoke(InvokeNames.TaskSubmit, handler);

    private static BotRoutes Routes(BotRoutes routes) => routes ?? throw new ArgumentNullException(nameof(routes));
}
