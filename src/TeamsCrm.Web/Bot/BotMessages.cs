namespace TeamsCrm.Web.Bot;

/// <summary>
/// Turns the conversation's outgoing messages into activities: a text, a card attachment, or both in one message. Teams
/// shows a message's text above its card; the text is also the card's summary (notifications). Texts are markdown: the
/// conversation escapes every argument it puts into them.
/// </summary>
internal static class BotMessages
{
    private const string Markdown = "markdown";

    public static Activity ToActivity(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Card is not { } card)
        {
            return MessageFactory.Text(message.Text ?? string.Empty, Markdown);
        }

        var activity = MessageFactory.AdaptiveCard(card, message.Text);
        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            // Not only the summary, which Teams shows nowhere in the chat (the guest's welcome lost what is shared with them).
            activity.Text = message.Text;
            activity.TextFormat = Markdown;
        }

        return activity;
    }
}
