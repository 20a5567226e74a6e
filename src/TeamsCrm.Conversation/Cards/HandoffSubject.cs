using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// What a handoff card says about the deal: only fields every party may see (never probability or source,
/// since the recipient can be a partner).
/// </summary>
public sealed record HandoffSubject(string AccountName, string DealTitle, DealStage Stage, decimal Amount, string Currency)
{
    public static HandoffSubject From(string accountName, Deal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return new(accountName, deal.Title, deal.Stage, deal.Amount, deal.Currency);
    }

    public static HandoffSubject From(string accountName, DealView deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return new(accountName, deal.Title, deal.Stage, deal.Amount, deal.Currency);
    }
}

/// <summary>Which side of a handoff a card is for.</summary>
public enum HandoffParty
{
    Recipient,
    Sender,
}
