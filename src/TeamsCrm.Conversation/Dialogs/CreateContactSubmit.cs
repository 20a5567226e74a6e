using TeamsCrm.Conversation.Accounts;
using TeamsCrm.Core.Contacts;

namespace TeamsCrm.Conversation.Dialogs;

/// <summary>The new-contact dialog's submit: creates it, or shows the likely duplicates, or the form with what to fix.</summary>
internal sealed class CreateContactSubmit(CustomerCards accounts, ContactService contacts) : IDialogSubmitHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.CreateContact];

    public async Task<DialogOutcome> HandleAsync(Caller caller, JsonObject data, CardContext context, CancellationToken cancellationToken)
    {
        var title = DialogCardBuilder.TitleFor(DialogKind.Contact, context);
        var accountId = CardData.Id(data, CardFields.AccountId);
        var accountName = accountId is null ? null : await accounts.NameAsync(caller, accountId, cancellationToken).ConfigureAwait(false);
        if (accountId is null || accountName is null)
        {
            return Show(ErrorCardBuilder.Build(CrmError.NotFound(), context), title);
        }

        var input = new ContactInput(
            CardData.Text(data, CardFields.ContactFirstName) ?? string.Empty,
            CardData.Text(data, CardFields.ContactLastName) ?? string.Empty,
            Role: CardData.Text(data, CardFields.ContactRole),
            Email: CardData.Text(data, CardFields.ContactEmail),
            Phone: CardData.Text(data, CardFields.ContactPhone),
            PreferredChannel: CardData.Enum<PreferredChannel>(data, CardFields.ContactPreferredChannel) ?? PreferredChannel.Email);
        var allowSimilar = string.Equals(CardData.Text(data, CardFields.AllowSimilar), "true", StringComparison.OrdinalIgnoreCase);
        var created = await contacts.CreateAsync(caller, accountId, input, allowSimilar, cancellationToken).ConfigureAwait(false);
        if (created.IsSuccess)
        {
            return Close(Sentence(context, "Turn.ContactCreated", $"{created.Value!.FirstName} {created.Value.LastName}".Trim(), accountName));
        }

        var error = created.Error!;
        if (error.Code == ErrorCodes.DuplicateSuspected && error.Current is IReadOnlyList<Contact> matches)
        {
            return Show(DuplicateCardBuilder.ForContact(accountId, input, matches, context), title);
        }

        return error.Kind == CrmErrorKind.Validation
            ? Show(DialogCardBuilder.CreateContact(accountId, accountName, context, input, error), title)
            : Show(ErrorCardBuilder.Build(error, context), title);
    }
}
