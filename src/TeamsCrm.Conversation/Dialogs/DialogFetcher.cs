using TeamsCrm.Core.Access;
using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Conversation.Dialogs;

/// <summary>
/// task/fetch: the create dialog for data.dialog = Lead | Account | Contact (+ accountId), if the caller may create it; a
/// contact dialog opened for a meeting attendee comes prefilled (contactFirstName, contactLastName, contactEmail).
/// </summary>
public sealed class DialogFetcher(AccountService accounts)
{
    public async Task<DialogOutcome> FetchAsync(Caller caller, JsonObject data, CardContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(context);
        var accountId = CardData.Id(data, CardFields.AccountId);
        if (CardData.Enum<DialogKind>(data, CardFields.Dialog) is not { } kind)
        {
            return Show(ErrorCardBuilder.Build(CrmError.Invalid([new FieldError(CardFields.Dialog, ErrorCodes.UnknownValue)]), context), null);
        }

        var title = DialogCardBuilder.TitleFor(kind, context);
        if (kind == DialogKind.Account)
        {
            return AccessPolicy.CanCreateAccounts(caller) ? Show(DialogCardBuilder.CreateAccount(context), title) : Show(ErrorCardBuilder.Build(CrmError.Forbidden(), context), title);
        }

        string? accountName = null;
        if (accountId is not null)
        {
            var card = await accounts.GetCustomerCardAsync(caller, accountId, cancellationToken).ConfigureAwait(false);
            if (!card.IsSuccess)
            {
                return Show(ErrorCardBuilder.Build(card.Error!, context), title);
            }

            var allowed = kind == DialogKind.Contact ? card.Value!.Permissions.CanManageContacts : card.Value!.Permissions.CanCreateDeal;
            if (!allowed)
            {
                return Show(ErrorCardBuilder.Build(CrmError.Forbidden(), context), title);
            }

            accountName = card.Value.Account.Name;
        }

        if (kind == DialogKind.Contact)
        {
            return accountId is null
                ? Show(ErrorCardBuilder.Build(Missing(CardFields.AccountId), context), title)
                : Show(DialogCardBuilder.CreateContact(accountId, accountName!, context, DialogCardBuilder.ContactDraftFrom(data)), title);
        }

        return Show(DialogCardBuilder.CreateLead(context, accountId is null ? null : new LeadDraft(accountId, accountName)), title);
    }
}
