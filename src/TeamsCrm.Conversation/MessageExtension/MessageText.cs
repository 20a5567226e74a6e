using System.Net;

namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>
/// The text of a chat message as the CRM keeps it: HTML reduced to its text (line breaks for paragraphs, breaks and
/// list items; tags dropped; entities decoded), blank runs collapsed, and cut at <see cref="Limit"/> characters — a
/// comment or summary holds at most 8,000, and the note on where it came from needs room.
/// </summary>
public static partial class MessageText
{
    public const int Limit = 7_000;

    /// <summary>The message's text and, when it was cut, its full length.</summary>
    public static (string Text, int? FullLength) Extract(string? body, bool isHtml)
    {
        var text = body ?? string.Empty;
        if (isHtml)
        {
            text = Breaks().Replace(text, "\n");
            text = Tags().Replace(text, string.Empty);
            text = WebUtility.HtmlDecode(text);
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\u00a0', ' ');
        text = Spaces().Replace(text, " ");
        text = BlankLines().Replace(text, "\n\n").Trim();
        if (text.Length <= Limit)
        {
            return (text, null);
        }

        var cut = char.IsHighSurrogate(text[Limit - 1]) ? Limit - 1 : Limit;
        return (text[..cut].TrimEnd(), text.Length);
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6]|/tr)\s*/?\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Breaks();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex("[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n+", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();
}
