using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Conversation.Cards;

public static partial class CustomerCardBuilder
{
    private static IEnumerable<JsonNode> Deals(CustomerCard card, CardText text)
    {
        yield return AdaptiveElements.Heading(text["Customer.Deals.Heading"]);
        if (card.OpenDeals.Count == 0)
        {
            yield return AdaptiveElements.Text(text["Customer.Deals.Empty"], subtle: true);
            yield break;
        }

        foreach (var deal in card.OpenDeals.Take(DealLimit))
        {
            yield return Deal(deal, card.Account.Id, card.IsRedacted, text);
        }

        if (card.OpenDeals.Count > DealLimit)
        {
            yield return AdaptiveElements.Text(text.Format("Customer.Deals.More", card.OpenDeals.Count - DealLimit), subtle: true);
        }
    }

    private static JsonObject Deal(DealView deal, string accountId, bool redacted, CardText text)
    {
        var items = new List<JsonNode>
        {
            AdaptiveElements.Text(CardFormat.Clip(deal.Title, TitleLimit), weight: "Bolder"),
            AdaptiveElements.FactSet(
            [
                (text["Deal.Fact.Stage"], text.Enum(deal.Stage)),
                (text["Deal.Fact.Amount"], CardFormat.Money(deal.Amount, deal.Currency, text.Culture)),
                (text["Deal.Fact.Probability"], deal.Probability is { } p && !redacted ? CardFormat.Percent(p, text.Culture) : null),
                (text["Deal.Fact.CloseDate"], deal.ExpectedCloseDate is { } d ? CardFormat.Date(d, text.Culture) : null),
                (text["Deal.Fact.Owner"], deal.Owner.DisplayName),
            ]),
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
