using TeamsCrm.Core.Comments;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The proactive note to a colleague mentioned in a comment: who wrote what on which account (with the author's title,
/// and for members their presence and photo), and a button to the customer card.
/// </summary>
public static class CommentNotificationCardBuilder
{
    internal const int TextLimit = 2000;

    public static JsonObject Build(Comment comment, string accountName, CardContext context, PersonLine? author = null)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(context);
        var text = new CardText(context);
        var mentions = new CardMentions();
        var body = new List<JsonNode?>
        {
            AdaptiveElements.Title(text["CommentNote.Title"]),
            AdaptiveElements.Text(text.Format("CommentNote.Intro", mentions.Mention(comment.Author), accountName, CardFormat.DateTime(comment.CreatedAt, context))),
            author?.Element(text, "Small"),
            AdaptiveElements.Container([AdaptiveElements.Text(comment.IsDeleted ? text["Comment.Deleted"] : CardFormat.Clip(comment.Text, TextLimit))], style: "emphasis"),
            AdaptiveElements.Text(text[comment.Visibility == CommentVisibility.Shared ? "Comment.SharedMarker" : "Comment.InternalMarker"], size: "Small", subtle: true),
            AdaptiveElements.ActionSet([AdaptiveActions.Execute(text["CommentNote.Open"], CardVerbs.ShowAccount, CustomerCardBuilder.AccountData(comment.AccountId))]),
        };
        return CardDocument.Create(body.OfType<JsonNode>(), text, mentions);
    }
}
