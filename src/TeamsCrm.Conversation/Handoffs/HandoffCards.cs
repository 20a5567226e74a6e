using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Conversation.Handoffs;

/// <summary>The handoff card for the caller's side (sender or recipient), or the error card.</summary>
internal sealed class HandoffCards(AccountService accounts, DealService deals)
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

        var subject = HandoffSubject.From(card.Value!.Account.Name, deal.Value!);
        return HandoffCardBuilder.For(SideOf(caller, handoff), handoff, subject, context, refreshUserIds);
    }

    public static HandoffParty SideOf(Caller caller, Handoff handoff) => handoff.From.UserId == caller.UserId ? HandoffParty.Sender : HandoffParty.Recipient;
}
