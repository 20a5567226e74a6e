namespace TeamsCrm.Web.Bot;

/// <summary>Turns the conversation's outgoing messages into activities: a card attachment (the text as its summary) or a text.</summary>
internal static class BotMessages
{
    public static Activity ToActivity(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Card is { } card
            ? MessageFactory.AdaptiveCard(card, message.Text)
            : MessageFactory.Text(message.Text ?? string.Empty, "markdown");
    }
}
