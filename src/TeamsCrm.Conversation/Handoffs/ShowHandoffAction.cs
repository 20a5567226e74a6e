
namespace TeamsCrm.Conversation.Handoffs;

/// <summary>The handoff card's refresh and the lists' "show handoff" button.</summary>
internal sealed class ShowHandoffAction(HandoffCards cards) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.ShowHandoff, CardVerbs.RefreshHandoff];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken) =>
        Card(await cards.CardAsync(
            input.Caller, CardData.Id(input.Data, CardFields.AccountId), CardData.Id(input.Data, CardFields.HandoffId), context, input.RefreshUserIds, cancellationToken).ConfigureAwait(false));
}
