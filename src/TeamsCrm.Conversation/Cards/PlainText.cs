namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// Plain text stays plain text. Teams (and the Adaptive Cards renderers with a markdown processor) read a TextBlock's
/// text, a fact's title and value, and a markdown text message as markdown; what people typed — comments, notes,
/// reasons, names, titles, summaries — must show as the characters typed, never as a link, an image, emphasis, a
/// heading, a list or HTML. <see cref="Markdown"/> backslash-escapes exactly the characters that would start markdown
/// or HTML (CommonMark: a backslash before ASCII punctuation shows that character), and defuses "&lt;at&gt;" so no
/// typed text becomes a mention. <see cref="Neutralize"/> applies it to every markdown field of a card: the app's own
/// texts (resx) use no markdown, so escaping them changes nothing; the card's own mention tags are kept.
/// </summary>
public static partial class PlainText
{
    /// <summary>
    /// Escapes <paramref name="text"/> for a markdown field so it renders literally. A line's leading spaces and tabs
    /// are dropped: markdown never shows them, and four of them would start a code block.
    /// </summary>
    public static string Markdown(string? text) => Escape(text, lineStart: true);

    private static string Escape(string? text, bool lineStart)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var value = CardFormat.Defuse(text);
        var result = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\n' or '\r')
            {
                result.Append(c);
                lineStart = true;
                continue;
            }

            if (lineStart && c is ' ' or '\t')
            {
                continue;
            }

            if (NeedsEscape(value, i, lineStart))
            {
                result.Append('\\');
            }

            result.Append(c);
            lineStart = false;
        }

        return result.ToString();
    }

    /// <summary>
    /// Escapes every markdown field below <paramref name="node"/> (TextBlock text, fact title and value), keeping the
    /// card's own mention tags (<paramref name="mentionTags"/>, already escaped inside by <see cref="CardMentions"/>).
    /// </summary>
    internal static void Neutralize(JsonNode? node, IReadOnlySet<string> mentionTags) =>
        JsonTree.ForEachObject(node, obj =>
        {
            var type = (obj["type"] as JsonValue)?.TryGetValue<string>(out var t) == true ? t : null;
            if (type == "TextBlock")
            {
                EscapeField(obj, "text", mentionTags);
            }
            else if (type == "FactSet" && obj["facts"] is JsonArray facts)
            {
                foreach (var fact in facts.OfType<JsonObject>())
                {
                    EscapeField(fact, "title", mentionTags);
                    EscapeField(fact, "value", mentionTags);
                }
            }
        });

    private static void EscapeField(JsonObject obj, string name, IReadOnlySet<string> mentionTags)
    {
        if (obj[name] is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return;
        }

        var escaped = new StringBuilder(text.Length + 8);
        var at = 0;
        foreach (Match tag in MentionTag().Matches(text))
        {
            if (!mentionTags.Contains(tag.Value))
            {
                continue;
            }

            escaped.Append(Escape(text[at..tag.Index], lineStart: at == 0)).Append(tag.Value);
            at = tag.Index + tag.Length;
        }

        escaped.Append(Escape(text[at..], lineStart: at == 0));
        obj[name] = escaped.ToString();
    }

    private static bool NeedsEscape(string text, int i, bool lineStart)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\n';
        return c switch
        {
            '_' => !IntraWord(text, i),
            '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '~' or '|' or '{' or '}' => true,
            '&' => EntityStart().IsMatch(text.AsSpan(i)),
            '#' => lineStart,
            '-' or '+' or '=' => lineStart && (next is ' ' or '\t' or '\n' or '\r' || next == c),
            '.' or ')' => ListNumberBefore(text, i) && next is ' ' or '\t' or '\n' or '\r',
            _ => false,
        };
    }

    /// <summary>
    /// Whether the character at <paramref name="i"/> sits between two letters or digits: an underscore there can neither
    /// open nor close emphasis (CommonMark), so it stays unescaped — a backslash in a bare URL ("deal_notes") would
    /// show, and change the link, where the host turns URLs into links.
    /// </summary>
    private static bool IntraWord(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>Whether <paramref name="i"/> follows a line's leading number ("12." would start an ordered list).</summary>
    private static bool ListNumberBefore(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && char.IsAsciiDigit(text[j]))
        {
            j--;
        }

        if (j == i - 1)
        {
            return false;
        }

        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || text[j] is '\n' or '\r';
    }

    [GeneratedRegex("^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});", RegexOptions.CultureInvariant)]
    private static partial Regex EntityStart();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionTag();
}
