using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>
/// Reads a card's markdown fields (TextBlock text, fact title and value) the way a CommonMark renderer would, without
/// taking the implementation's word for it: <see cref="Shown"/> applies CommonMark's backslash rule (a backslash
/// before ASCII punctuation shows that character), <see cref="ActiveMarkdown"/> finds any construct a renderer would
/// turn into a link, image, emphasis, code, heading, list, quote or HTML once the escaped characters are masked out.
/// </summary>
internal static partial class MarkdownCheck
{
    public sealed record Field(string Path, string Raw);

    public static IReadOnlyList<Field> Fields(JsonNode? card)
    {
        var found = new List<Field>();
        Collect(card, "$", found);
        return found;
    }

    public static string Shown(string raw)
    {
        var shown = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length && IsAsciiPunctuation(raw[i + 1]))
            {
                shown.Append(raw[i + 1]);
                i++;
            }
            else
            {
                shown.Append(raw[i]);
            }
        }

        return shown.ToString();
    }

    /// <summary>CommonMark's ASCII punctuation: the characters a backslash escapes.</summary>
    public static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    /// <summary>The first active markdown construct in <paramref name="raw"/> (the card's own mention tags allowed), or null.</summary>
    public static string? ActiveMarkdown(string raw, IReadOnlyCollection<string> mentionTags)
    {
        var text = raw;
        foreach (var tag in mentionTags)
        {
            text = text.Replace(tag, "\u0002", StringComparison.Ordinal);
        }

        var masked = Escaped().Replace(text, "\u0001");
        foreach (var (name, pattern) in Constructs)
        {
            if (pattern.Match(masked) is { Success: true } hit)
            {
                return $"{name} at \"{hit.Value}\" in \"{raw}\"";
            }
        }

        return null;
    }

    public static IReadOnlyList<string> MentionTags(JsonNode? card) =>
        card?["msteams"]?["entities"] is JsonArray entities ? [.. entities.Select(e => e?["text"]?.GetValue<string>()).OfType<string>()] : [];

    private static readonly (string Name, Regex Pattern)[] Constructs =
    [
        ("link", new Regex(@"\[[^\]]*\]\s*[\(\[]", RegexOptions.CultureInvariant)),
        ("image", new Regex(@"!\[", RegexOptions.CultureInvariant)),
        ("html or autolink", new Regex(@"<[A-Za-z/!?]", RegexOptions.CultureInvariant)),
        ("emphasis", new Regex(@"[*_]", RegexOptions.CultureInvariant)),
        ("code", new Regex("`", RegexOptions.CultureInvariant)),
        ("strikethrough", new Regex("~", RegexOptions.CultureInvariant)),
        ("heading", new Regex(@"^[ \t]*#{1,6}([ \t]|$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)),
        ("list", new Regex(@"^[ \t]*([-+*]|\d{1,9}[.)])([ \t]|$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)),
        ("quote", new Regex(@"^[ \t]*>", RegexOptions.Multiline | RegexOptions.CultureInvariant)),
        ("entity", new Regex(@"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", RegexOptions.CultureInvariant)),
    ];

    [GeneratedRegex(@"\\[!-/:-@\[-`{-~]", RegexOptions.CultureInvariant)]
    private static partial Regex Escaped();

    private static void Collect(JsonNode? node, string path, List<Field> found)
    {
        switch (node)
        {
            case JsonObject obj:
                var type = obj["type"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;
                if (type == "TextBlock" && obj["text"] is JsonValue text && text.TryGetValue<string>(out var s))
                {
                    found.Add(new Field(path + ".text", s));
                }

                if (type == "FactSet" && obj["facts"] is JsonArray facts)
                {
                    for (var i = 0; i < facts.Count; i++)
                    {
                        foreach (var name in new[] { "title", "value" })
                        {
                            if (facts[i]?[name] is JsonValue f && f.TryGetValue<string>(out var fs))
                            {
                                found.Add(new Field($"{path}.facts[{i}].{name}", fs));
                            }
                        }
                    }
                }

                foreach (var (key, child) in obj)
                {
                    Collect(child, $"{path}.{key}", found);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], $"{path}[{i}]", found);
                }

                break;
        }
    }
}
