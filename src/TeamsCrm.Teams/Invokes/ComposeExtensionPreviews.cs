namespace TeamsCrm.Teams.Invokes;

/// <summary>
/// The preview of a search result in the message extension's list: a thumbnail card (title, subtitle, text) whose tap
/// sends <c>composeExtension/selectItem</c> with <c>tapValue</c> as the invoke's value, so the app builds the inserted
/// card when the result is chosen.
/// </summary>
public static class ComposeExtensionPreviews
{
    public const string ThumbnailContentType = "application/vnd.microsoft.card.thumbnail";

    public static JsonObject Thumbnail(string title, string? subtitle, string? text, JsonObject tapValue)
    {
        ArgumentNullException.ThrowIfNull(tapValue);
        var card = new JsonObject { ["title"] = title };
        if (!string.IsNullOrEmpty(subtitle))
        {
            card["subtitle"] = subtitle;
        }

        if (!string.IsNullOrEmpty(text))
        {
            card["text"] = text;
        }

        card["tap"] = new JsonObject { ["type"] = "invoke", ["value"] = tapValue.DeepClone() };
        return card;
    }
}
