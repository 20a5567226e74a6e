
namespace TeamsCrm.Conversation.Accounts;

/// <summary>The customer card's refresh, "show" buttons and the duplicate card's "use the existing one".</summary>
internal sealed class ShowCustomerCardAction(CustomerCards cards) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.Refresh, CardVerbs.ShowAccount, CardVerbs.UseExistingAccount, CardVerbs.UseExistingContact];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken) =>
        Card(await cards.CardOrErrorAsync(input.Caller, CardData.Id(input.Data, CardFields.AccountId), context, input.RefreshUserIds, input.ChannelId, cancellationToken).ConfigureAwait(false));
}
