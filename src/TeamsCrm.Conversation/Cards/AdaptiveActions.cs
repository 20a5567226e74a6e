namespace TeamsCrm.Conversation.Cards;

/// <summary>Adaptive Card actions. Every Action.Execute carries an Action.Submit fallback with the same data plus "verb".</summary>
internal static class AdaptiveActions
{
    public static JsonObject Execute(string title, string verb, JsonObject data, string? style = null)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
        };
        AdaptiveElements.Set(action, "style", style);
        action["fallback"] = Submit(title, verb, (JsonObject)data.DeepClone());
        return action;
    }

    /// <summary>An Action.Submit whose data names its verb, for clients without Universal Actions and for dialogs.</summary>
    public static JsonObject Submit(string title, string verb, JsonObject data)
    {
        data["verb"] = verb;
        return new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
    }

    public static JsonObject ShowCard(string title, JsonObject card) =>
        new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };

    public static JsonObject OpenUrl(string title, Uri url) =>
        new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };

    /// <summary>Data with the given string fields; null values are left out.</summary>
    public static JsonObject Data(params (string Name, string? Value)[] fields)
    {
        var data = new JsonObject();
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                data[name] = value;
            }
        }

        return data;
    }
}
