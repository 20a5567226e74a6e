using System.Resources;

namespace TeamsCrm.Conversation.Notifications;

/// <summary>The notification texts the app itself writes, from NotificationStrings.resx / NotificationStrings.de.resx.</summary>
internal static class NotificationText
{
    internal const string BaseName = "TeamsCrm.Conversation.Notifications.Resources.NotificationStrings";

    private static readonly ResourceManager Resources = new(BaseName, typeof(NotificationText).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No notification text for '{key}'.");
}
