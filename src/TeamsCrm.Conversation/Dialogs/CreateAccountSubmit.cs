using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Conversation.Dialogs;

/// <summary>The new-account dialog's submit: creates it, or shows the likely duplicates, or the form with what to fix.</summary>
internal sealed class CreateAccountSubmit(AccountService accounts) : IDialogSubmitHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.CreateAccount];

    public async Task<DialogOutcome> HandleAsync(Caller caller, JsonObject data, CardContext context, CancellationToken cancellationToken)
    {
        var title = DialogCardBuilder.TitleFor(DialogKind.Account, context);
        var input = new AccountInput(
            CardData.Text(data, CardFields.AccountName) ?? string.Empty,
            LegalForm: CardData.Text(data, CardFields.AccountLegalForm),
            Industry: CardData.Text(data, CardFields.AccountIndustry),
            Website: CardData.Text(data, CardFields.AccountWebsite),
            Address: new PostalAddress(null, null, CardData.Text(data, CardFields.AccountCity), CardData.Text(data, CardFields.AccountCountry)));
        var allowSimilar = string.Equals(CardData.Text(data, CardFields.AllowSimilar), "true", StringComparison.OrdinalIgnoreCase);
        var created = await accounts.CreateAsync(caller, input, allowSimilar, cancellationToken).ConfigureAwait(false);
        if (created.IsSuccess)
        {
            return Close(Sentence(context, "Turn.AccountCreated", created.Value!.Name));
        }

        var error = created.Error!;
        if (error.Code == ErrorCodes.DuplicateSuspected && error.Current is IReadOnlyList<AccountSearchHit> matches)
        {
            return Show(DuplicateCardBuilder.ForAccount(input, matches, context), title);
        }

        return error.Kind == CrmErrorKind.Validation
            ? Show(DialogCardBuilder.CreateAccount(context, input, error), title)
            : Show(ErrorCardBuilder.Build(error, context), title);
    }
}
