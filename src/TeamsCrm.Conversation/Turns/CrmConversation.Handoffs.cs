using System.Text.Json.Nodes;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Conversation.Turns;

/// <summary>
/// The lead handoff's card actions: start from the customer card, accept / decline / cancel, the card for each side.
/// What the other party is told (the offer, the answer, replaced cards, reminders) Core writes with each change as
/// pending notifications; the host delivers them, rendered by <see cref="Notifications.NotificationRenderer"/>.
/// </summary>
public sealed partial class CrmConversation
{
    private async Task<CardActionOutcome> StartHandoffActionAsync(CardActionInput input, string? accountId, CardContext context, CancellationToken cancellationToken)
    {
        var dealId = CardData.Id(input.Data, CardFields.HandoffDealId);
        if (accountId is null)
        {
            return Error(CrmError.NotFound(), context);
        }

        if (dealId is null)
        {
            return Error(Missing(CardFields.HandoffDealId), context, accountId);
        }

        var recipientId = CardData.Id(input.Data, CardFields.HandoffRecipientId);
        var recipientName = CardData.Id(input.Data, CardFields.HandoffRecipientName);
        if (recipientId is null && recipientName is null)
        {
            return Error(Missing(CardFields.HandoffRecipientName), context, accountId);
        }

        var deal = await deals.GetAsync(input.Caller, accountId, dealId, cancellationToken);
        if (!deal.IsSuccess)
        {
            return Error(deal.Error!, context);
        }

        var seen = input.Data[CardFields.DealVersions] is JsonObject versions ? CardData.Text(versions, dealId) : null;
        if (seen is not null && deal.Value!.Version is { } current && seen != current)
        {
            var view = deal.Value!;
            var shown = new Deal
            {
                Id = view.Id, AccountId = view.AccountId, Title = view.Title, Stage = view.Stage, Amount = view.Amount, Currency = view.Currency,
                ExpectedCloseDate = view.ExpectedCloseDate, Owner = view.Owner, CreatedAt = default, UpdatedAt = default, Version = view.Version,
            };
            return Error(CrmError.Conflict(shown), context, accountId);
        }

        RecipientLookup recipient;
        if (input.Caller.IsGuest)
        {
            // A guest never searches the directory: only the member who handed them the deal, and every other answer reads the same.
            var back = await GuestHandBackAsync(input.Caller, accountId, dealId, cancellationToken);
            if (back is null || recipientId != back.UserId)
            {
                return Error(CrmError.Rule(ErrorCodes.HandoffGuestHandBackOnly), context, accountId);
            }

            recipient = new RecipientLookup(await callers.ResolveAsync(input.Caller.TenantId, back.UserId, back.DisplayName, claimsGuest: false, cancellationToken), null);
        }
        else
        {
            recipient = await FindRecipientAsync(input.Caller, recipientId, recipientName, context, cancellationToken);
            if (recipient.Answer is not null)
            {
                return new CardActionOutcome(null, recipient.Answer, NoNotifications);
            }
        }

        DateTimeOffset? due = CardData.Date(input.Data, CardFields.HandoffDueDate) is { } date ? EndOfDay(date, context.TimeZone) : null;
        var note = CardData.Text(input.Data, CardFields.HandoffNote);
        var result = await handoffs.HandOffAsync(input.Caller, new HandoffRequest(accountId, dealId, recipient.Caller!, note, due), cancellationToken);
        if (!result.IsSuccess)
        {
            return Error(result.Error!, context, accountId);
        }

        var name = await AccountNameAsync(input.Caller, accountId, cancellationToken) ?? string.Empty;
        var subject = HandoffSubject.From(name, deal.Value!);
        var handoff = result.Value!;

        // The sender's card replaces the clicked customer card: that message becomes the sender's handoff card. The offer
        // to the recipient was written with the handoff and is delivered by the host (NotificationRenderer).
        return Card(HandoffCardBuilder.ForSender(handoff, subject, context, input.RefreshUserIds)) with
        {
            CardTrackingKey = TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender),
        };
    }

    /// <summary>The member a guest may hand this deal back to (see <see cref="GuestHandBack"/>), from the guest's own view.</summary>
    private async Task<PersonRef?> GuestHandBackAsync(Caller guest, string accountId, string dealId, CancellationToken cancellationToken)
    {
        var card = await accounts.GetCustomerCardAsync(guest, accountId, cancellationToken);
        return card.IsSuccess ? GuestHandBack.RecipientFor(card.Value!.Handoffs, dealId, guest.UserId) : null;
    }

    private async Task<CardActionOutcome> AnswerHandoffAsync(CardActionInput input, string? accountId, CardContext context, CancellationToken cancellationToken)
    {
        var handoffId = CardData.Id(input.Data, CardFields.HandoffId);
        if (accountId is null || handoffId is null)
        {
            return Error(CrmError.NotFound(), context);
        }

        var caller = input.Caller;
        var result = input.Verb switch
        {
            CardVerbs.AcceptHandoff => await handoffs.AcceptAsync(caller, accountId, handoffId, cancellationToken),
            CardVerbs.DeclineHandoff => await handoffs.DeclineAsync(caller, accountId, handoffId, CardData.Text(input.Data, CardFields.DeclineReason) ?? string.Empty, cancellationToken),
            _ => await handoffs.CancelAsync(caller, accountId, handoffId, cancellationToken),
        };
        if (!result.IsSuccess)
        {
            var error = result.Error!;
            if (error.Code == ErrorCodes.HandoffNotPending)
            {
                // A double click or a stale card: the current state, and nobody is told twice.
                return Card(await HandoffCardAsync(caller, accountId, handoffId, context, input.RefreshUserIds, cancellationToken));
            }

            if (error.Code == ErrorCodes.DeclineNeedsReason || (error.Kind == CrmErrorKind.Validation && input.Verb == CardVerbs.DeclineHandoff))
            {
                var card = await HandoffCardAsync(caller, accountId, handoffId, context, input.RefreshUserIds, cancellationToken);
                return new CardActionOutcome(card, CrmMessages.Describe(error, context.Culture), NoNotifications);
            }

            return Error(error, context, error.Kind == CrmErrorKind.NotFound ? null : accountId);
        }

        // The other party is told, and both parties' earlier cards are replaced, by the notifications Core wrote with the answer.
        var outcome = result.Value!;
        var name = await AccountNameAsync(caller, accountId, cancellationToken) ?? string.Empty;
        var handoff = outcome.Handoff;
        var mySide = handoff.From.UserId == caller.UserId ? HandoffParty.Sender : HandoffParty.Recipient;
        return Card(HandoffCardBuilder.For(mySide, handoff, HandoffSubject.From(name, outcome.Deal), context, input.RefreshUserIds));
    }

    /// <summary>The handoff card for the caller's side (sender or recipient), or the error card.</summary>
    private async Task<JsonObject> HandoffCardAsync(Caller caller, string? accountId, string? handoffId, CardContext context, IReadOnlyList<string>? refreshUserIds, CancellationToken cancellationToken)
    {
        if (accountId is null || handoffId is null)
        {
            return ErrorCardBuilder.Build(CrmError.NotFound(), context);
        }

        var card = await accounts.GetCustomerCardAsync(caller, accountId, cancellationToken);
        var handoff = card.IsSuccess ? card.Value!.Handoffs.FirstOrDefault(h => h.Id == handoffId) : null;
        if (handoff is null)
        {
            return ErrorCardBuilder.Build(CrmError.NotFound(), context);
        }

        var deal = await deals.GetAsync(caller, accountId, handoff.DealId, cancellationToken);
        if (!deal.IsSuccess)
        {
            return ErrorCardBuilder.Build(deal.Error!, context);
        }

        var subject = HandoffSubject.From(card.Value!.Account.Name, deal.Value!);
        var side = handoff.From.UserId == caller.UserId ? HandoffParty.Sender : HandoffParty.Recipient;
        return HandoffCardBuilder.For(side, handoff, subject, context, refreshUserIds);
    }
}
