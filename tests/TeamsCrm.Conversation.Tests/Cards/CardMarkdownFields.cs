namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>
/// The markdown fields of a card — every TextBlock's text and every fact's title and value — with their JSON paths,
/// and the card's own mention tags ("&lt;at&gt;Name&lt;/at&gt;" of its msteams.entities). What they render to is
/// checked with a real CommonMark renderer (<see cref="MarkdownRenderer"/>).
/// </summary>
internal static class CardMarkdownFields
{
    public sealed record Field(string Path, string Raw);

    public static IReadOnlyList<Field> Fields(JsonNode? card)
    {
        var found = new List<Field>();
        Collect(card, "$", found);
        return found;
    }

    public static IReadOnlyList<string> MentionTags(JsonNode? card) =>
        card?["msteams"]?["entities"] is JsonArray entities ? [.. entities.Select(e => e?["text"]?.GetValue<string>()).OfType<string>()] : [];

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
