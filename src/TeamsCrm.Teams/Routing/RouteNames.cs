using TeamsCrm.Teams.Invokes;

namespace TeamsCrm.Teams.Routing;

/// <summary>Route names: an activity type, a logical event ("install"), or "invoke/{name}" (optionally "/{verb}").</summary>
public static class RouteNames
{
    public const string Message = ActivityTypes.Message;
    public const string ConversationUpdate = ActivityTypes.ConversationUpdate;
    public const string InstallationUpdate = ActivityTypes.InstallationUpdate;
    public const string MessageReaction = ActivityTypes.MessageReaction;

    /// <summary>The bot was added: installationUpdate add/add-upgrade, or conversationUpdate with the bot in membersAdded.</summary>
    public const string Install = "install";

    /// <summary>The bot was removed: installationUpdate remove, or conversationUpdate with the bot in membersRemoved.</summary>
    public const string Uninstall = "uninstall";

    public static string Invoke(string name) => "invoke/" + name;

    public static string AdaptiveCardAction(string verb) => Invoke(InvokeNames.AdaptiveCardAction) + "/" + verb;
}
