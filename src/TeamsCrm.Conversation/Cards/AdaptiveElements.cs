namespace TeamsCrm.Conversation.Cards;

/// <summary>Small factories for Adaptive Card 1.5 elements, as JSON. Only properties of schema 1.5.</summary>
internal static class AdaptiveElements
{
    public const string Version = "1.5";

    /// <summary>A TextBlock; empty text becomes a dash so no card ever carries an empty TextBlock.</summary>
    public static JsonObject Text(string? text, string? weight = null, string? size = null, bool subtle = false, string? color = null, string? spacing = null, bool separator = false)
    {
        var block = new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = string.IsNullOrWhiteSpace(text) ? "–" : text,
            ["wrap"] = true,
        };
        Set(block, "weight", weight);
        Set(block, "size", size);
        Set(block, "color", color);
        Set(block, "spacing", spacing);
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    public static JsonObject Heading(string text) => Text(text, weight: "Bolder", size: "Medium", spacing: "Medium", separator: true);

    public static JsonObject Title(string text) => Text(text, weight: "Bolder", size: "Large");

    public static JsonObject FactSet(IEnumerable<(string Title, string? Value)> facts)
    {
        var list = new JsonArray();
        foreach (var (title, value) in facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            list.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        return new JsonObject { ["type"] = "FactSet", ["facts"] = list };
    }

    public static JsonObject Container(IEnumerable<JsonNode> items, string? style = null, bool separator = false, string? spacing = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        Set(container, "style", style);
        Set(container, "spacing", spacing);
        if (separator)
        {
            container["separator"] = true;
        }

        return container;
    }

    /// <summary>A person's small round photo left of a line about them (a ColumnSet; the line keeps its spacing).</summary>
    public static JsonObject WithPhoto(Uri photo, string altText, JsonObject line)
    {
        var spacing = line["spacing"]?.DeepClone();
        line.Remove("spacing");
        var image = new JsonObject { ["type"] = "Image", ["url"] = photo.AbsoluteUri, ["altText"] = altText, ["size"] = "Small", ["style"] = "Person" };
        var set = new JsonObject
        {
            ["type"] = "ColumnSet",
            ["columns"] = new JsonArray(
                new JsonObject { ["type"] = "Column", ["width"] = "auto", ["items"] = new JsonArray(image) },
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["verticalContentAlignment"] = "Center", ["items"] = new JsonArray(line) }),
        };
        if (spacing is not null)
        {
            set["spacing"] = spacing;
        }

        return set;
    }

    public static JsonObject ActionSet(IEnumerable<JsonNode> actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions]) };

    /// <summary>A nested card for Action.ShowCard: body plus an ActionSet (so Execute keeps its Submit fallback).</summary>
    public static JsonObject SubCard(IEnumerable<JsonNode> body, IEnumerable<JsonNode> actions)
    {
        var items = new JsonArray([.. body]);
        items.Add(ActionSet(actions));
        return new JsonObject { ["type"] = "AdaptiveCard", ["body"] = items };
    }

    public static JsonObject InputText(string id, string label, string? placeholder = null, bool multiline = false, int? maxLength = null, string? requiredMessage = null, string? value = null, string? style = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label };
        Set(input, "placeholder", placeholder);
        Set(input, "value", value);
        Set(input, "style", style);
        if (multiline)
        {
            input["isMultiline"] = true;
        }

        if (maxLength is { } max)
        {
            input["maxLength"] = max;
        }

        Require(input, requiredMessage);
        return input;
    }

    public static JsonObject InputNumber(string id, string label, decimal? value = null, decimal? min = null, string? requiredMessage = null)
    {
        var input = new JsonObject { ["type"] = "Input.Number", ["id"] = id, ["label"] = label };
        if (value is { } v)
        {
            input["value"] = v;
        }

        if (min is { } m)
        {
            input["min"] = m;
        }

        Require(input, requiredMessage);
        return input;
    }

    public static JsonObject InputDate(string id, string label, DateOnly? min = null, DateOnly? value = null)
    {
        var input = new JsonObject { ["type"] = "Input.Date", ["id"] = id, ["label"] = label };
        Set(input, "min", min?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Set(input, "value", value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return input;
    }

    /// <summary>An Input.Toggle sending "true" or "false".</summary>
    public static JsonObject Toggle(string id, string title, bool value) =>
        new() { ["type"] = "Input.Toggle", ["id"] = id, ["title"] = title, ["value"] = value ? "true" : "false", ["valueOn"] = "true", ["valueOff"] = "false" };

    /// <summary>An Input.ChoiceSet; style "compact", "expanded" or "filtered" (type-ahead, 1.5).</summary>
    public static JsonObject Choice(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value = null, string style = "compact", string? requiredMessage = null, string? placeholder = null)
    {
        var list = new JsonArray();
        foreach (var (title, choiceValue) in choices)
        {
            list.Add(new JsonObject { ["title"] = title, ["value"] = choiceValue });
        }

        var input = new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = id, ["label"] = label, ["style"] = style, ["choices"] = list };
        Set(input, "value", value);
        Set(input, "placeholder", placeholder);
        Require(input, requiredMessage);
        return input;
    }

    private static void Require(JsonObject input, string? requiredMessage)
    {
        if (requiredMessage is not null)
        {
            input["isRequired"] = true;
            input["errorMessage"] = requiredMessage;
        }
    }

    internal static void Set(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            target[name] = value;
        }
    }
}
