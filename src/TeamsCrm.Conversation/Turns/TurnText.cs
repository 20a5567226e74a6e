using System.Resources;

namespace TeamsCrm.Conversation.Turns;

/// <summary>The conversation's text replies, whole sentences from TurnStrings.resx / TurnStrings.de.resx.</summary>
internal static class TurnText
{
    internal const string BaseName = "TeamsCrm.Conversation.Turns.Resources.TurnStrings";

    private static readonly ResourceManager Resources = new(BaseName, typeof(TurnText).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No turn text for '{key}'.");

    public static string Format(string key, CultureInfo culture, params object?[] args) => string.Format(culture, Get(key, culture), args);
}
