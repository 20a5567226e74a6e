using TeamsCrm.Conversation.Accounts;

namespace TeamsCrm.Conversation.Dialogs;

/// <summary>The duplicate card's "use the existing one" inside a dialog: the customer card instead of a new record.</summary>
internal sealed class UseExistingSubmit(CustomerCards cards) : IDialogSubmitHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.UseExistingAccount, CardVerbs.UseExistingContact];

    public async Task<DialogOutcome> HandleAsync(Caller caller, JsonObject data, CardContext context, CancellationToken cancellationToken) =>
        Show(await cards.CardOrErrorAsync(caller, CardData.Id(data, CardFields.AccountId), context, null, null, cancellationToken).ConfigureAwait(false), null);
}
