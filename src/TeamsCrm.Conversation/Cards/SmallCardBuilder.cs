namespace TeamsCrm.Conversation.Cards;

/// <summary>A card of one sentence and at most one button (open a dialog, a notice that something is gone).</summary>
internal static class SmallCardBuilder
{
    public static JsonObject Build(string text, JsonObject? action = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
        };
        if (action is not null)
        {
            card["actions"] = new JsonArray(action);
        }

        return card;
    }
}
