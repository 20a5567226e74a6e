namespace TeamsCrm.Teams.Invokes;

/// <summary>
/// adaptiveCard/action answers: HTTP 200 with body {statusCode, type, value}; statusCode carries the outcome.
/// </summary>
public static class AdaptiveCardResponses
{
    /// <summary>200 + the card that replaces the clicked one (for the requesting client only).</summary>
    public static InvokeResponse Card(JsonObject card) => Build(200, ContentTypes.AdaptiveCard, card);

    /// <summary>200 + a text the client shows as a toast.</summary>
    public static InvokeResponse Message(string text) => Build(200, ContentTypes.ActivityMessage, JsonValue.Create(text));

    /// <summary>An error (400..599) with code and message, e.g. for a bad or unknown verb.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Build(statusCode, ContentTypes.Error, new JsonObject { ["code"] = code, ["message"] = message });

    private static InvokeResponse Build(int statusCode, string type, JsonNode? value) => InvokeResponse.Ok(new JsonObject
    {
        ["statusCode"] = statusCode,
        ["type"] = type,
        ["value"] = value,
    });
}
