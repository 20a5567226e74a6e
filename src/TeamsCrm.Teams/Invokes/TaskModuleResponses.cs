namespace TeamsCrm.Teams.Invokes;

/// <summary>task/fetch and task/submit answers: {task:{type:"continue"|"message", value}} or an empty 200.</summary>
public static class TaskModuleResponses
{
    /// <summary>Opens (or continues) a dialog showing an Adaptive Card.</summary>
    public static InvokeResponse ContinueWithCard(string title, JsonObject card, string height = "medium", string width = "medium") =>
        InvokeResponse.Ok(new JsonObject
        {
            ["task"] = new JsonObject
            {
                ["type"] = "continue",
                ["value"] = new JsonObject
                {
                    ["title"] = title,
                    ["height"] = height,
                    ["width"] = width,
                    ["card"] = new JsonObject { ["contentType"] = ContentTypes.AdaptiveCard, ["content"] = card },
                },
            },
        });

    /// <summary>Closes the dialog with a message.</summary>
    public static InvokeResponse Message(string text) =>
        InvokeResponse.Ok(new JsonObject { ["task"] = new JsonObject { ["type"] = "message", ["value"] = text } });

    /// <summary>Closes the dialog silently.</summary>
    public static InvokeResponse Close() => InvokeResponse.Ok();
}
