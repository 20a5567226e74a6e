using TeamsCrm.Teams.Invokes;

namespace TeamsCrm.Teams.Routing;

/// <summary>
/// Dispatches one turn to its route. Invokes always get an answer (501 when nobody handles them);
/// other activities return null; unknown types are ignored.
/// </summary>
public sealed class BotRouter(BotRoutes routes)
{
    public BotRoutes Routes { get; } = routes;

    public async Task<InvokeResponse?> DispatchAsync(TurnContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Activity;
        if (activity.Type == ActivityTypes.Invoke)
        {
            var handler = FindInvokeHandler(activity);
            return handler is null ? InvokeResponse.NotImplemented() : await handler(context, cancellationToken).ConfigureAwait(false);
        }

        foreach (var name in GetRouteNames(activity))
        {
            if (Routes.FindActivityHandler(name) is { } handler)
            {
                await handler(context, cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    /// <summary>The routes a non-invoke activity reaches: its logical event first (install/uninstall), then its type.</summary>
    public static IEnumerable<string> GetRouteNames(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (IsInstall(activity))
        {
            yield return RouteNames.Install;
        }
        else if (IsUninstall(activity))
        {
            yield return RouteNames.Uninstall;
        }

        if (!string.IsNullOrEmpty(activity.Type))
        {
            yield return activity.Type;
        }
    }

    public static bool IsInstall(Activity activity) =>
        activity?.Type switch
        {
            ActivityTypes.InstallationUpdate => activity.Action is "add" or "add-upgrade",
            ActivityTypes.ConversationUpdate => activity.BotWasAdded(),
            _ => false,
        };

    public static bool IsUninstall(Activity activity) =>
        activity?.Type switch
        {
            ActivityTypes.InstallationUpdate => activity.Action is "remove" or "remove-upgrade",
            ActivityTypes.ConversationUpdate => activity.BotWasRemoved(),
            _ => false,
        };

    private InvokeHandler? FindInvokeHandler(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Name))
        {
            return null;
        }

        if (activity.Name == InvokeNames.AdaptiveCardAction && GetVerb(activity) is { Length: > 0 } verb
            && Routes.FindInvokeHandler(RouteNames.AdaptiveCardAction(verb)) is { } verbHandler)
        {
            return verbHandler;
        }

        return Routes.FindInvokeHandler(RouteNames.Invoke(activity.Name));
    }

    private static string? GetVerb(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;
}
