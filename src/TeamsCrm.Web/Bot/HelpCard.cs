using System.Text.Json.Nodes;

namespace TeamsCrm.Web.Bot;

/// <summary>The Adaptive Card 1.5 help card, in the caller's language.</summary>
internal static class HelpCard
{
    public const string HelpVerb = "help";

    public static JsonObject Build(string? locale)
    {
        string T(string name) => BotTexts.Get(name, locale);
        var facts = new JsonArray();
        foreach (var (title, example) in new[]
                 {
                     ("HelpShowAccountTitle", "HelpShowAccountExample"),
                     ("HelpMyDealsTitle", "HelpMyDealsExample"),
                     ("HelpHandoffTitle", "HelpHandoffExample"),
                     ("HelpCommentTitle", "HelpCommentExample"),
                 })
        {
            facts.Add(new JsonObject { ["title"] = T(title), ["value"] = T(example) });
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = T("HelpCardTitle"), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = T("HelpCardIntro"), ["wrap"] = true },
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
            },
            ["actions"] = new JsonArray
            {
                new JsonObject { ["type"] = "Action.Execute", ["title"] = T("HelpCardButton"), ["verb"] = HelpVerb, ["data"] = new JsonObject() },
            },
        };
    }
}
