using System.Text.Json.Nodes;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Conversation.Turns;

/// <summary>
/// The lead handoff's card actions and reminders: start from the customer card, accept / decline / cancel (the other
/// party is told, and every tracked card of both parties is replaced), the card for each side, overdue reminders.
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
        var offered = await OfferedAsync(input.Caller.TenantId, handoff, subject, context, cancellationToken);

        // The sender's card replaces the clicked customer card: that message becomes the sender's handoff card.
        return Card(HandoffCardBuilder.ForSender(handoff, subject, context, input.RefreshUserIds), [offered]) with
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

        var outcome = result.Value!;
        var name = await AccountNameAsync(caller, accountId, cancellationToken) ?? string.Empty;
        var subject = HandoffSubject.From(name, outcome.Deal);
        var handoff = outcome.Handoff;
        var (mySide, otherSide) = handoff.From.UserId == caller.UserId ? (HandoffParty.Sender, HandoffParty.Recipient) : (HandoffParty.Recipient, HandoffParty.Sender);
        var other = otherSide == HandoffParty.Sender ? handoff.From : handoff.To;
        var otherContext = await ContextOfAsync(caller.TenantId, other.UserId, context, cancellationToken);
        var status = handoff.Status.ToString().ToLowerInvariant();
        var told = new Notification(other.UserId, new OutgoingMessage(null, HandoffCardBuilder.Answered(handoff, subject, otherContext)), $"handoff:{handoff.Id}:{status}");
        return Card(HandoffCardBuilder.For(mySide, handoff, subject, context, input.RefreshUserIds), [told]) with
        {
            Updates = [.. AnsweredUpdates(handoff, subject, mySide, context), .. AnsweredUpdates(handoff, subject, otherSide, otherContext)],
        };
    }

    /// <summary>
    /// A party's earlier handoff cards (the card they got when it was made, and the overdue reminder) replaced by the
    /// answered card, wherever the answer came from. Only a real state change gets here, so nothing is updated twice.
    /// </summary>
    private static IEnumerable<CardUpdate> AnsweredUpdates(Handoff handoff, HandoffSubject subject, HandoffParty party, CardContext context)
    {
        var card = HandoffCardBuilder.For(party, handoff, subject, context);
        yield return new CardUpdate(TrackingKeys.HandoffCard(handoff.Id, party), card);
        yield return new CardUpdate(TrackingKeys.HandoffReminder(handoff.Id, party), card);
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

    /// <summary>The recipient's offer (Accept / Decline), in the recipient's language, tracked so it can be updated once answered.</summary>
    private async Task<Notification> OfferedAsync(string tenantId, Handoff handoff, HandoffSubject subject, CardContext senderContext, CancellationToken cancellationToken)
    {
        var context = await ContextOfAsync(tenantId, handoff.To.UserId, senderContext, cancellationToken);
        var card = HandoffCardBuilder.ForRecipient(handoff, subject, context);
        return new(handoff.To.UserId, new OutgoingMessage(null, card, TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Recipient)), $"handoff:{handoff.Id}:offered");
    }

    // ---- reminders ----------------------------------------------------------------------------

    /// <summary>
    /// Claims the tenant's overdue pending handoffs (each once, see <see cref="HandoffReminders"/>) and returns a reminder
    /// for the recipient and one for the sender, each in that person's language (<paramref name="locale"/> when unknown).
    /// </summary>
    public async Task<IReadOnlyList<Notification>> RemindOverdueHandoffsAsync(string tenantId, string? locale, CancellationToken cancellationToken = default)
    {
        var fallback = CardContext.ForLocale(locale);
        var due = await reminders.ClaimDueAsync(tenantId, cancellationToken: cancellationToken);
        var notifications = new List<Notification>();
        foreach (var reminder in due)
        {
            var handoff = reminder.Handoff;
            var subject = HandoffSubject.From(reminder.AccountName, reminder.Deal);
            notifications.Add(await ReminderAsync(tenantId, handoff, subject, HandoffParty.Recipient, fallback, cancellationToken));
            notifications.Add(await ReminderAsync(tenantId, handoff, subject, HandoffParty.Sender, fallback, cancellationToken));
        }

        return notifications;
    }

    private async Task<Notification> ReminderAsync(string tenantId, Handoff handoff, HandoffSubject subject, HandoffParty party, CardContext fallback, CancellationToken cancellationToken)
    {
        var person = party == HandoffParty.Sender ? handoff.From : handoff.To;
        var context = await ContextOfAsync(tenantId, person.UserId, fallback, cancellationToken);
        var card = HandoffCardBuilder.Reminder(handoff, subject, party, context);
        var side = party == HandoffParty.Sender ? "sender" : "recipient";
        return new Notification(person.UserId, new OutgoingMessage(null, card, TrackingKeys.HandoffReminder(handoff.Id, party)), $"handoff:{handoff.Id}:reminder:{side}");
    }
}
