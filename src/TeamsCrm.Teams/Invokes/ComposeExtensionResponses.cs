namespace TeamsCrm.Teams.Invokes;

/// <summary>composeExtension/query and queryLink answers: {composeExtension:{type,...}}, HTTP 200 within 5 s.</summary>
public static class ComposeExtensionResponses
{
    /// <summary>A result list. Each item: the card plus its hero/thumbnail preview (required for adaptive cards).</summary>
    public static InvokeResponse Result(IEnumerable<ComposeExtensionItem> items, string attachmentLayout = "list")
    {
        ArgumentNullException.ThrowIfNull(items);
        var attachments = new JsonArray();
        foreach (var item in items)
        {
            attachments.Add(new JsonObject
            {
                ["contentType"] = item.ContentType,
                ["content"] = item.Content.DeepClone(),
                ["preview"] = new JsonObject
                {
                    ["contentType"] = item.PreviewContentType,
                    ["content"] = item.PreviewContent.DeepClone(),
                },
            });
        }

        return Wrap(new JsonObject { ["type"] = "result", ["attachmentLayout"] = attachmentLayout, ["attachments"] = attachments });
    }

    /// <summary>A plain text answer instead of results.</summary>
    public static InvokeResponse Message(string text) => Wrap(new JsonObject { ["type"] = "message", ["text"] = text });

    private static InvokeResponse Wrap(JsonObject composeExtension) =>
        InvokeResponse.Ok(new JsonObject { ["composeExtension"] = composeExtension });
}

/// <summary>One search result: the inserted card and the preview shown in the result list.</summary>
public sealed record ComposeExtensionItem(string ContentType, JsonNode Content, string PreviewContentType, JsonNode PreviewContent);
