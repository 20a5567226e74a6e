namespace TeamsCrm.Teams.Schema;

/// <summary>Builds outbound message activities (the "input" side of the two-layer model).</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string textFormat = "plain") => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = textFormat,
    };

    public static Activity AdaptiveCard(JsonObject card, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }],
    };
}
