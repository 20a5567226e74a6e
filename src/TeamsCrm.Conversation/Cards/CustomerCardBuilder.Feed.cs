using TeamsCrm.Core.Comments;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Conversation.Cards;

public static partial class CustomerCardBuilder
{
    /// <summary>
    /// The last touch (the newest logged interaction; members only) and the latest comment, each in a line or two; the
    /// rest of the feed is on the account tab.
    /// </summary>
    private static IEnumerable<JsonNode> Activity(CustomerCard card, CardText text, Uri? tab)
    {
        // Partners never receive interactions; the check is defence in depth.
        if (!card.IsRedacted && card.RecentInteractions.Count > 0)
        {
            var last = card.RecentInteractions[0];
            yield return AdaptiveElements.Text(text.Format("Customer.LastTouch", text.Format(
                "Interaction.Byline",
                text.Enum(last.Channel),
                text.Enum(last.Direction),
                CardFormat.DateTime(last.OccurredAt, text.Context),
                last.LoggedBy.DisplayName)), size: "Small", weight: "Bolder", spacing: "Medium", separator: true);
            yield return Lines(AdaptiveElements.Text(CardFormat.Clip(last.Summary, SummaryLimit), size: "Small", spacing: "None"), 2);
        }

        // Defence in depth: the read model of a partner has no internal comments; never render one anyway.
        var comments = card.LatestComments.Where(c => !c.IsDeleted && (!card.IsRedacted || c.Visibility == CommentVisibility.Shared)).ToArray();
        if (comments.Length == 0)
        {
            yield break;
        }

        var latest = comments[0];
        var when = CardFormat.DateTime(latest.CreatedAt, text.Context);
        var deal = latest.DealId is null ? null : card.OpenDeals.FirstOrDefault(d => d.Id == latest.DealId)?.Title;
        yield return AdaptiveElements.Text(deal is null
            ? text.Format("Comment.Byline", latest.Author.DisplayName, when)
            : text.Format("Comment.BylineDeal", latest.Author.DisplayName, when, CardFormat.Clip(deal, ChoiceTitleLimit)), weight: "Bolder", size: "Small", spacing: "Medium", separator: true);
        yield return Lines(AdaptiveElements.Text(CardFormat.Clip(latest.Text, LatestCommentLimit), size: "Small", spacing: "None"), 3);
        if (!card.IsRedacted && latest.Visibility == CommentVisibility.Shared)
        {
            yield return AdaptiveElements.Text(text["Comment.SharedMarker"], size: "Small", color: "Accent", spacing: "None");
        }

        if (comments.Length > 1)
        {
            yield return MoreOnTab(text["Customer.Comments.More"], tab);
        }
    }

    /// <summary>Handoffs waiting for an answer, one line each (the history is on the account tab).</summary>
    private static IEnumerable<JsonNode> PendingHandoffs(CustomerCard card, CardText text)
    {
        foreach (var handoff in card.Handoffs.Where(h => h.IsPending).Take(PendingHandoffLimit))
        {
            yield return AdaptiveElements.Text(text.Format("Customer.Handoff.Pending", HandoffLine(handoff, card, text)), size: "Small", spacing: "Small");
        }
    }

    private static string HandoffLine(Handoff handoff, CustomerCard card, CardText text)
    {
        var deal = card.OpenDeals.FirstOrDefault(d => d.Id == handoff.DealId)?.Title ?? text["Handoff.ClosedDeal"];
        return text.Format("Handoff.Line", handoff.From.DisplayName, handoff.To.DisplayName, CardFormat.Clip(deal, ChoiceTitleLimit), CardFormat.DateTime(handoff.CreatedAt, text.Context));
    }

    /// <summary>The partner organisations the account or its deals are shared with, in one line (members only).</summary>
    private static IEnumerable<JsonNode> Partners(CustomerCard card, CardText text)
    {
        // Partners never see the list of shares (the read model only carries their own; it adds nothing for them).
        if (card.IsRedacted || card.Shares.Count == 0)
        {
            yield break;
        }

        var names = card.Shares.Select(s => CardFormat.Clip(s.PartnerOrganizationName, ChoiceTitleLimit)).Distinct(StringComparer.Ordinal).ToArray();
        var shown = string.Join(", ", names.Take(TopDealLimit));
        yield return AdaptiveElements.Text(names.Length > TopDealLimit
            ? text.Format("Customer.Partners.More", shown, names.Length - TopDealLimit)
            : text.Format("Customer.Partners", shown), size: "Small", subtle: true, spacing: "Small");
    }

    /// <summary>A text cut to at most <paramref name="count"/> lines on screen.</summary>
    private static JsonObject Lines(JsonObject block, int count)
    {
        block["maxLines"] = count;
        return block;
    }
}
