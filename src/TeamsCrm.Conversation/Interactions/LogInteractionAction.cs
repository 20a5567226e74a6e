using TeamsCrm.Conversation.Accounts;
using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Conversation.Interactions;

/// <summary>The customer card's "log a call / meeting / email" form.</summary>
internal sealed class LogInteractionAction(InteractionService interactions, CustomerCards cards) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.LogInteraction];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        if (CardData.Id(input.Data, CardFields.AccountId) is not { } accountId)
        {
            return Error(CrmError.NotFound(), context);
        }

        var channel = CardData.Enum<InteractionChannel>(input.Data, CardFields.InteractionChannel) ?? InteractionChannel.Phone;
        var direction = CardData.Enum<InteractionDirection>(input.Data, CardFields.InteractionDirection) ?? InteractionDirection.Outbound;
        var summary = CardData.Text(input.Data, CardFields.InteractionSummary) ?? string.Empty;
        var logged = await interactions.LogAsync(input.Caller, accountId, new InteractionInput(channel, direction, summary), cancellationToken).ConfigureAwait(false);
        return logged.IsSuccess
            ? Card(await cards.CardOrErrorAsync(input.Caller, accountId, context, input.RefreshUserIds, input.ChannelId, cancellationToken).ConfigureAwait(false))
            : ErrorAbout(logged.Error!, context, accountId);
    }
}
