using TeamsCrm.Core.Comments;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Conversation.Cards;

public static partial class CustomerCardBuilder
{
    private static IEnumerable<JsonNode> Comments(CustomerCard card, CardText text, CardMentions mentions)
    {
        yield return AdaptiveElements.Heading(text["Customer.Comments.Heading"]);
        // Defence in depth: the read model of a partner has no internal comments; never render one anyway.
        var comments = card.LatestComments.Where(c => !card.IsRedacted || c.Visibility == CommentVisibility.Shared).ToArray();
        if (comments.Length == 0)
        {
            yield return AdaptiveElements.Text(text["Customer.Comments.Empty"], subtle: true);
            yield break;
        }

        foreach (var comment in comments)
        {
            yield return Comment(comment, card, text, mentions);
        }
    }

    private static JsonObject Comment(Comment comment, CustomerCard card, CardText text, CardMentions mentions)
    {
        var when = CardFormat.DateTime(comment.CreatedAt, text.Context);
        var deal = comment.DealId is null ? null : card.OpenDeals.FirstOrDefault(d => d.Id == comment.DealId)?.Title;
        var items = new List<JsonNode>
        {
            AdaptiveElements.Text(deal is null
                ? text.Format("Comment.Byline", comment.Author.DisplayName, when)
                : text.Format("Comment.BylineDeal", comment.Author.DisplayName, when, deal), weight: "Bolder", size: "Small"),
            AdaptiveElements.Text(comment.IsDeleted ? text["Comment.Deleted"] : CardFormat.Clip(comment.Text, CommentTextLimit), subtle: comment.IsDeleted, spacing: "None"),
        };
        if (!comment.IsDeleted && comment.Mentions.Count > 0)
        {
            var shown = string.Join(", ", comment.Mentions.Take(MentionLimit).Select(mentions.Mention));
            items.Add(AdaptiveElements.Text(comment.Mentions.Count > MentionLimit
                ? text.Format("Comment.MentionsMore", shown, comment.Mentions.Count - MentionLimit)
                : text.Format("Comment.Mentions", shown), size: "Small", spacing: "None"));
        }

        if (comment.Visibility == CommentVisibility.Shared)
        {
            items.Add(AdaptiveElements.Text(text["Comment.SharedMarker"], size: "Small", color: "Accent", spacing: "None"));
        }

        return AdaptiveElements.Container(items, spacing: "Small");
    }

    private static IEnumerable<JsonNode> Interactions(CustomerCard card, CardText text)
    {
        // Partners never receive interactions; members see an empty state.
        if (card.IsRedacted)
        {
            yield break;
        }

        yield return AdaptiveElements.Heading(text["Customer.Interactions.Heading"]);
        if (card.RecentInteractions.Count == 0)
        {
            yield return AdaptiveElements.Text(text["Customer.Interactions.Empty"], subtle: true);
            yield break;
        }

        foreach (var interaction in card.RecentInteractions)
        {
            yield return AdaptiveElements.Container(
            [
                AdaptiveElements.Text(text.Format(
                    "Interaction.Byline",
                    text.Enum(interaction.Channel),
                    text.Enum(interaction.Direction),
                    CardFormat.DateTime(interaction.OccurredAt, text.Context),
                    interaction.LoggedBy.DisplayName), weight: "Bolder", size: "Small"),
                AdaptiveElements.Text(CardFormat.Clip(interaction.Summary, SummaryLimit), spacing: "None"),
            ], spacing: "Small");
        }
    }

    private static IEnumerable<JsonNode> HandoffSection(CustomerCard card, CardText text)
    {
        var pending = card.Handoffs.Where(h => h.IsPending).ToArray();
        var history = card.Handoffs.Where(h => !h.IsPending).ToArray();
        if (pending.Length > 0)
        {
            yield return AdaptiveElements.Heading(text["Customer.Handoffs.Pending"]);
            foreach (var handoff in pending)
            {
                yield return HandoffLine(handoff, card, text);
            }
        }

        if (history.Length > 0)
        {
            yield return AdaptiveElements.Heading(text["Customer.Handoffs.History"]);
            foreach (var handoff in history)
            {
                yield return HandoffLine(handoff, card, text);
            }
        }
    }

    private static JsonObject HandoffLine(Handoff handoff, CustomerCard card, CardText text)
    {
        var deal = card.OpenDeals.FirstOrDefault(d => d.Id == handoff.DealId)?.Title ?? text["Handoff.ClosedDeal"];
        var items = new List<JsonNode>
        {
            AdaptiveElements.Text(text.Format("Handoff.Line", handoff.From.DisplayName, handoff.To.DisplayName, deal, CardFormat.DateTime(handoff.CreatedAt, text.Context)), size: "Small"),
            AdaptiveElements.Text(HandoffStatusText.Describe(handoff, text, ReasonLimit), size: "Small", weight: "Bolder", spacing: "None"),
        };
        if (!string.IsNullOrWhiteSpace(handoff.Note))
        {
            items.Add(AdaptiveElements.Text(text.Format("Handoff.NoteQuoted", CardFormat.Clip(handoff.Note, NoteLimit)), size: "Small", subtle: true, spacing: "None"));
        }

        return AdaptiveElements.Container(items, spacing: "Small");
    }
}
