using TeamsCrm.Conversation.Accounts;
using TeamsCrm.Core.Access;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Conversation.Handoffs;

/// <summary>
/// The customer card's handoff form. The sender's card replaces the clicked customer card; the offer to the recipient
/// is written by Core with the handoff and delivered by the host (<see cref="Notifications.NotificationRenderer"/>).
/// </summary>
internal sealed class StartHandoffAction(DealService deals, HandoffService handoffs, RecipientFinder recipients, CustomerCards names, HandoffCards cards)
    : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.StartHandoff];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        var accountId = CardData.Id(input.Data, CardFields.AccountId);
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

        var deal = await deals.GetAsync(input.Caller, accountId, dealId, cancellationToken).ConfigureAwait(false);
        if (!deal.IsSuccess)
        {
            return Error(deal.Error!, context);
        }

        if (StaleVersion(input.Data, deal.Value!) is { } conflict)
        {
            return Error(conflict, context, accountId);
        }

        var recipient = await RecipientAsync(input, accountId, dealId, recipientId, recipientName, context, cancellationToken).ConfigureAwait(false);
        if (recipient.Caller is null)
        {
            return recipient.Answer is null
                ? Error(CrmError.Rule(ErrorCodes.HandoffGuestHandBackOnly), context, accountId)
                : new CardActionOutcome(null, recipient.Answer, NoNotifications);
        }

        DateTimeOffset? due = CardData.Date(input.Data, CardFields.HandoffDueDate) is { } date ? EndOfDay(date, context.TimeZone) : null;
        var note = CardData.Text(input.Data, CardFields.HandoffNote);
        var result = await handoffs.HandOffAsync(input.Caller, new HandoffRequest(accountId, dealId, recipient.Caller, note, due), cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return Error(result.Error!, context, accountId);
        }

        var name = await names.NameAsync(input.Caller, accountId, cancellationToken).ConfigureAwait(false) ?? string.Empty;
        var handoff = result.Value!;
        return Card(await cards.BuildAsync(input.Caller, handoff, HandoffSubject.From(name, deal.Value!), context, input.RefreshUserIds, cancellationToken).ConfigureAwait(false)) with
        {
            CardTrackingKey = TrackingKeys.HandoffCard(handoff.Id, HandoffParty.Sender),
        };
    }

    /// <summary>The conflict when the card showed an older version of the deal than the one stored.</summary>
    private static CrmError? StaleVersion(JsonObject data, DealView view)
    {
        var seen = data[CardFields.DealVersions] is JsonObject versions ? CardData.Text(versions, view.Id) : null;
        if (seen is null || view.Version is not { } current || seen == current)
        {
            return null;
        }

        var shown = new Deal
        {
            Id = view.Id,
            AccountId = view.AccountId,
            Title = view.Title,
            Stage = view.Stage,
            Amount = view.Amount,
            Currency = view.Currency,
            ExpectedCloseDate = view.ExpectedCloseDate,
            Owner = view.Owner,
            CreatedAt = default,
            UpdatedAt = default,
            Version = view.Version,
        };
        return CrmError.Conflict(shown);
    }

    /// <summary>
    /// A guest never searches the directory: only the member who handed them the deal (see <see cref="GuestHandBack"/>),
    /// and every other answer reads the same (no caller and no answer). A member's recipient is looked up.
    /// </summary>
    private async Task<RecipientLookup> RecipientAsync(
        CardActionInput input, string accountId, string dealId, string? recipientId, string? recipientName, CardContext context, CancellationToken cancellationToken)
    {
        if (AccessPolicy.CanSearchPeople(input.Caller))
        {
            return await recipients.FindAsync(input.Caller, recipientId, recipientName, context, cancellationToken).ConfigureAwait(false);
        }

        var back = await handoffs.HandBackRecipientAsync(input.Caller, accountId, dealId, cancellationToken).ConfigureAwait(false);
        return back is null || recipientId != back.UserId
            ? new RecipientLookup(null, null)
            : new RecipientLookup(await recipients.ResolveAsync(input.Caller, back, cancellationToken).ConfigureAwait(false), null);
    }
}
