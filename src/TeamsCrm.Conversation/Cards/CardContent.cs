namespace TeamsCrm.Conversation.Cards;

/// <summary>How a built card travels: as a message attachment or as the body of an adaptiveCard/action response.</summary>
public static class CardContent
{
    /// <summary>The attachment and invoke-response type Teams accepts (not "…adaptive.card").</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>{ contentType, content } for activity.attachments or a task module's card.</summary>
    public static JsonObject ToAttachment(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new JsonObject { ["contentType"] = ContentType, ["content"] = card.DeepClone() };
    }

    /// <summary>The body of an adaptiveCard/action invoke response that replaces the card for the requesting user.</summary>
    public static JsonObject ToInvokeResponse(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new JsonObject { ["statusCode"] = 200, ["type"] = ContentType, ["value"] = card.DeepClone() };
    }
}
