using TeamsCrm.Conversation.Notifications;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Conversation.Handoffs;

/// <summary>
/// The handoff card for the caller's side (sender or recipient), or the error card — with the other party as the caller
/// may see them (title; for members presence and photo), as on the notification that brought the card.
/// </summary>
internal sealed class HandoffCards(AccountService accounts, DealService deals, NotificationPeople people)
{
    public async Task<JsonObject> CardAsync(Caller caller, string? accountId, string? handoffId, CardContext context, IReadOnlyList<string>? refreshUserIds, CancellationToken cancellationToken)
    {
        if (accountId is null || handoffId is null)
        {
            return ErrorCardBuilder.Build(CrmError.NotFound(), context);
        }

        var card = await accounts.GetCustomerCardAsync(caller, accountId, cancellationToken).ConfigureAwait(false);
        var handoff = card.IsSuccess ? card.Value!.Handoffs.FirstOrDefault(h => h.Id == handoffId) : null;
        if (handoff is null)
        {
            return ErrorCardBuilder.Build(CrmError.NotFound(), context);
        }

        var deal = await deals.GetAsync(caller, accountId, handoff.DealId, cancellationToken).ConfigureAwait(false);
        if (!deal.IsSuccess)
        {
            return ErrorCardBuilder.Build(deal.Error!, context);
        }

        return await BuildAsync(caller, handoff, HandoffSubject.From(card.Value!.Account.Name, deal.Value!), context, refreshUserIds, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The card of <paramref name="caller"/>'s side of a handoff they just read or changed, with the other party's line.</summary>
    public async Task<JsonObject> BuildAsync(Caller caller, Handoff handoff, HandoffSubject subject, CardContext context, IReadOnlyList<string>? refreshUserIds, CancellationToken cancellationToken)
    {
        var side = SideOf(caller, handoff);
        var other = await people.LineAsync(caller, OtherParty(side, handoff).UserId, null, cancellationToken).ConfigureAwait(false);
        return HandoffCardBuilder.For(side, handoff, subject, context, refreshUserIds, other);
    }

    public static HandoffParty SideOf(Caller caller, Handoff handoff) => handoff.From.UserId == caller.UserId ? HandoffParty.Sender : HandoffParty.Recipient;

    /// <summary>Who <paramref name="side"/> deals with in the handoff: the recipient for the sender, the sender for the recipient.</summary>
    public static PersonRef OtherParty(HandoffParty side, Handoff handoff) => side == HandoffParty.Sender ? handoff.To : handoff.From;
}
