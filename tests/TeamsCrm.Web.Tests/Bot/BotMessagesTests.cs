using TeamsCrm.Conversation.Turns;

namespace TeamsCrm.Web.Tests.Bot;

/// <summary>What the bot puts on the wire for the conversation's messages: the text of a message with a card is shown, not only its summary.</summary>
public sealed class BotMessagesTests
{
    private static readonly JsonObject Card = new() { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() };

    [Fact]
    public void ToActivity_TextAndCard_OneMessageWithTheTextAboveTheCard()
    {
        const string Text = "Welcome! You work here as a guest of Fabrikam Partners.";

        var activity = BotMessages.ToActivity(new OutgoingMessage(Text, Card));

        Assert.Equal(Text, activity.Text);
        Assert.Equal("markdown", activity.TextFormat);
        Assert.Equal(Text, activity.Summary);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
    }

    [Fact]
    public void ToActivity_CardOnly_NoText()
    {
        var activity = BotMessages.ToActivity(new OutgoingMessage(null, Card));

        Assert.Null(activity.Text);
        Assert.Single(activity.Attachments!);
    }

    [Fact]
    public void ToActivity_TextOnly_MarkdownWithoutAttachments()
    {
        var activity = BotMessages.ToActivity(new OutgoingMessage("Nothing is shared with Fabrikam Partners yet.", null));

        Assert.Equal(("Nothing is shared with Fabrikam Partners yet.", "markdown"), (activity.Text, activity.TextFormat));
        Assert.True(activity.Attachments is null || activity.Attachments.Count == 0);
    }
}
