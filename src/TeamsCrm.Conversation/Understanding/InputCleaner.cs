using System.Net;

namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// Caps and cleans raw message text: Teams mention tags (the bot's own removed, people's kept as
/// their names), HTML entities, control and format characters, emoji in the command. Linear in the
/// input and bounded: at most <see cref="MaxInput"/> characters are read at all and only the first
/// <see cref="MaxHead"/> are searched for the command.
/// </summary>
internal static class InputCleaner
{
    public const int MaxInput = 20_000;
    public const int MaxHead = 500;

    private static readonly Regex MentionTag = new(
        "<at>(?<name>[^<]{0,256})</at>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromMilliseconds(250));

    public static CleanInput Clean(string? text, IReadOnlyList<Mention>? mentions)
    {
        text ??= string.Empty;
        text = Utf16.Valid(text.Length > MaxInput ? text[..MaxInput] : text);

        var names = new List<string>();
        text = ReplaceMentions(text, mentions, names);
        text = RemoveControls(WebUtility.HtmlDecode(text));
        var searched = Math.Min(text.Length, MaxHead);
        var colon = Separator(text, searched);
        var head = colon >= 0 ? text[..colon] : text[..searched];
        var body = colon >= 0 ? text[(colon + 1)..].Trim() : null;
        return new CleanInput(NormalizeHead(head), string.IsNullOrEmpty(body) ? null : body, names);
    }

    /// <summary>The first colon that separates the command from its text: not one inside a time (10:30) or a URL (https://).</summary>
    private static int Separator(string text, int searched)
    {
        for (var i = 0; i < searched; i++)
        {
            if (text[i] is not (':' or '\uff1a'))
            {
                continue;
            }

            var inTime = i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
            var inUrl = text.AsSpan(i + 1).StartsWith("//", StringComparison.Ordinal);
            if (!inTime && !inUrl)
            {
                return i;
            }
        }

        return -1;
    }

    private static string ReplaceMentions(string text, IReadOnlyList<Mention>? mentions, List<string> names) =>
        MentionTag.Replace(text, match =>
        {
            var name = WebUtility.HtmlDecode(match.Groups["name"].Value).Trim();
            var isPerson = mentions is not null && MentionMatcher.Find(mentions, name) is not null;
            var isLeading = string.IsNullOrWhiteSpace(text[..match.Index]);
            if (!isPerson && (mentions is not null || isLeading))
            {
                return " ";
            }

            names.Add(name);
            return name;
        });

    private static string RemoveControls(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c == '\n')
            {
                builder.Append(c);
            }
            else if (c is '\t' or '\r' or '\u00a0' or '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (category is not (UnicodeCategory.Control or UnicodeCategory.Format))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string NormalizeHead(string head)
    {
        var builder = new StringBuilder(head.Length);
        var space = false;
        foreach (var c in head)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var drop = char.IsSurrogate(c) || category is UnicodeCategory.OtherSymbol or UnicodeCategory.NonSpacingMark;
            if (drop || char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        var result = builder.ToString();
        var trimmed = result.TrimEnd('?', '!', '.', ',', ';', '\u2026', ' ');
        return trimmed.Length > 0 ? trimmed : result;
    }
}
