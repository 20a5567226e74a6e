using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Conversation.Cards;

public static partial class CustomerCardBuilder
{
    /// <summary>
    /// The open pipeline in one line (how many deals, the total per currency), then the top deals — the soonest to
    /// close, the larger first on the same date — each in one line with its stage and a "Change stage" button; the rest
    /// are on the account tab.
    /// </summary>
    private static IEnumerable<JsonNode> Pipeline(CustomerCard card, CardText text, Uri? tab)
    {
        var deals = card.OpenDeals;
        if (deals.Count == 0)
        {
            yield return AdaptiveElements.Text(text["Customer.Deals.Empty"], subtle: true, spacing: "Medium", separator: true);
            yield break;
        }

        var totals = deals
            .GroupBy(d => d.Currency.Trim().ToUpperInvariant(), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => CardFormat.Money(g.Sum(d => d.Amount), g.Key, text.Culture));
        var sum = string.Join(" + ", totals);
        yield return AdaptiveElements.Text(
            deals.Count == 1 ? text.Format("Customer.Pipeline.One", sum) : text.Format("Customer.Pipeline.Many", deals.Count, sum),
            weight: "Bolder", spacing: "Medium", separator: true);

        var top = deals
            .OrderBy(d => d.ExpectedCloseDate ?? DateOnly.MaxValue)
            .ThenByDescending(d => d.Amount)
            .Take(TopDealLimit);
        foreach (var deal in top)
        {
            yield return Deal(deal, card.Account.Id, card.IsRedacted, text);
        }

        if (deals.Count > TopDealLimit)
        {
            yield return MoreOnTab(text.Format("Customer.Deals.More", deals.Count - TopDealLimit), tab);
        }
    }

    /// <summary>"Title" and "stage · amount (probability, members only) · expected close", then Change stage.</summary>
    private static JsonObject Deal(DealView deal, string accountId, bool redacted, CardText text)
    {
        var money = CardFormat.Money(deal.Amount, deal.Currency, text.Culture);
        if (deal.Probability is { } probability && !redacted)
        {
            money = $"{money} ({CardFormat.Percent(probability, text.Culture)})";
        }

        var items = new List<JsonNode>
        {
            AdaptiveElements.Text(CardFormat.Clip(deal.Title, TitleLimit), weight: "Bolder", size: "Small"),
            AdaptiveElements.Text(deal.ExpectedCloseDate is { } close
                ? text.Format("Customer.Deal.Line", text.Enum(deal.Stage), money, CardFormat.Date(close, text.Culture))
                : $"{text.Enum(deal.Stage)} · {money}", size: "Small", spacing: "None"),
        };
        if (deal.AllowedStages.Count > 0)
        {
            var buttons = deal.AllowedStages.Select(stage => (JsonNode)AdaptiveActions.Execute(
                text.Format("Deal.Action.MoveTo", text.Enum(stage)),
                CardVerbs.ChangeDealStage,
                AdaptiveActions.Data(
                    (CardFields.AccountId, accountId),
                    (CardFields.DealId, deal.Id),
                    (CardFields.DealVersion, deal.Version ?? string.Empty),
                    (CardFields.Stage, stage.ToString()))));
            var picker = AdaptiveElements.SubCard([AdaptiveElements.Text(text.Format("Deal.ChangeStage.Prompt", text.Enum(deal.Stage)))], buttons);
            items.Add(AdaptiveElements.ActionSet([AdaptiveActions.ShowCard(text["Deal.Action.ChangeStage"], picker)]));
        }

        return AdaptiveElements.Container(items, style: "emphasis", spacing: "Small");
    }
}
