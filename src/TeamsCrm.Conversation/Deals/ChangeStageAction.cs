using TeamsCrm.Conversation.Accounts;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Conversation.Deals;

/// <summary>The customer card's stage picker: moves the deal (with the version the card showed) and answers with the card.</summary>
internal sealed class ChangeStageAction(DealService deals, CustomerCards cards) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.ChangeDealStage];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        if (!CardData.TryRecordIds(input.Data, CardFields.DealId, out var accountId, out var dealId))
        {
            return Error(CrmError.NotFound(), context);
        }

        if (CardData.Enum<DealStage>(input.Data, CardFields.Stage) is not { } stage)
        {
            return Error(CrmError.Invalid([new FieldError(CardFields.Stage, ErrorCodes.UnknownValue)]), context, accountId);
        }

        var version = CardData.Text(input.Data, CardFields.DealVersion);
        var changed = await deals.ChangeStageAsync(input.Caller, accountId, dealId, stage, version, cancellationToken).ConfigureAwait(false);
        return changed.IsSuccess
            ? Card(await cards.CardOrErrorAsync(input.Caller, accountId, context, input.RefreshUserIds, input.ChannelId, cancellationToken).ConfigureAwait(false))
            : ErrorAbout(changed.Error!, context, accountId);
    }
}
