namespace TeamsCrm.Conversation.Tests.Cards;

/// <summary>Queries over card JSON for the tests.</summary>
internal static partial class CardJson
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node) => CardValidationTests.Descendants(node);

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(o => o["type"] is JsonValue v && v.TryGetValue<string>(out var t) && t == type);

    public static IEnumerable<JsonObject> Executes(JsonNode card) => OfType(card, "Action.Execute");

    /// <summary>Every visible text: TextBlocks, facts (title and value), action titles, input labels and choices.</summary>
    public static IEnumerable<string> Texts(JsonNode card) =>
        OfType(card, "TextBlock").Select(b => b["text"]!.GetValue<string>())
            .Concat(Objects(card).Where(o => o.ContainsKey("title") && o["title"] is JsonValue).Select(o => o["title"]!.GetValue<string>()))
            .Concat(Objects(card).Where(o => o.ContainsKey("value") && o["value"] is JsonValue v && v.TryGetValue<string>(out _)).Select(o => o["value"]!.GetValue<string>()))
            .Concat(Objects(card).Where(o => o["label"] is JsonValue).Select(o => o["label"]!.GetValue<string>()));

    public static string AllText(JsonNode card) => string.Join("\n", Texts(card));

    public static IEnumerable<string> MentionTags(JsonNode card) =>
        OfType(card, "TextBlock").Select(b => b["text"]!.GetValue<string>())
            .Concat(OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray().Select(x => x!["value"]!.GetValue<string>())))
            .SelectMany(t => AtTag().Matches(t).Select(m => m.Value));

    [GeneratedRegex("<at>[^<]*</at>")]
    private static partial Regex AtTag();
}
