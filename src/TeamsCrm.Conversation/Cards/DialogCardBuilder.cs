using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Contacts;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The create forms shown in dialogs (task/fetch → task module): lead, account, contact. They use
/// Action.Submit (task/submit) with data "verb"; after a failed submit they are shown again with the
/// values and the error (<see cref="CrmMessages.Describe"/>) in the viewer's language.
/// </summary>
public static class DialogCardBuilder
{
    public static readonly IReadOnlyList<string> Currencies = ["EUR", "USD", "GBP", "CHF"];

    /// <summary>An Action.Submit that opens a dialog (task/fetch) with data { verb: "dialog.open", dialog, accountId? }.</summary>
    public static JsonObject OpenDialogAction(string title, DialogKind kind, string? accountId = null)
    {
        var data = AdaptiveActions.Data((CardFields.Dialog, kind.ToString()), (CardFields.AccountId, accountId));
        data["msteams"] = new JsonObject { ["type"] = "task/fetch" };
        return AdaptiveActions.Submit(title, CardVerbs.OpenDialog, data);
    }

    /// <summary>
    /// Opens the new-contact dialog of an account prefilled with <paramref name="draft"/>'s names and address (e.g. a
    /// meeting attendee who is not a contact yet); the user may change them, and the submit runs the duplicate check.
    /// </summary>
    public static JsonObject OpenContactDialogAction(string title, string accountId, ContactInput draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var action = OpenDialogAction(title, DialogKind.Contact, accountId);
        var data = action["data"]!.AsObject();
        data[CardFields.ContactFirstName] = draft.FirstName;
        data[CardFields.ContactLastName] = draft.LastName;
        data[CardFields.ContactEmail] = draft.Email;
        return action;
    }

    /// <summary>The prefill a contact dialog was opened with (see <see cref="OpenContactDialogAction"/>), clipped to the form's limits; null when none.</summary>
    public static ContactInput? ContactDraftFrom(JsonObject data)
    {
        var (first, last, email) = (CardData.Text(data, CardFields.ContactFirstName), CardData.Text(data, CardFields.ContactLastName), CardData.Text(data, CardFields.ContactEmail));
        return first is null && last is null && email is null
            ? null
            : new ContactInput(Cut(first, FieldLimits.PersonName) ?? string.Empty, Cut(last, FieldLimits.PersonName) ?? string.Empty, Email: Cut(email, FieldLimits.Email));
    }

    private static string? Cut(string? value, int limit) => value?.Trim() is { } text && text.Length > limit ? text[..limit] : value?.Trim();

    /// <summary>The dialog's title for task.value.title in the task/fetch response.</summary>
    public static string TitleFor(DialogKind kind, CardContext context) => new CardText(context)[$"Dialog.{kind}.Title"];

    public static JsonObject CreateLead(CardContext context, LeadDraft? draft = null, IReadOnlyList<AccountSearchHit>? accountChoices = null, CrmError? error = null)
    {
        var text = new CardText(context);
        draft ??= new LeadDraft();
        var body = Start(text, "Dialog.Lead.Title", error);
        var data = new JsonObject();
        if (draft.AccountId is not null)
        {
            body.Add(AdaptiveElements.Text(text.Format("Dialog.Lead.ForAccount", draft.AccountName ?? string.Empty)));
            data[CardFields.LeadAccountId] = draft.AccountId;
        }
        else
        {
            if (accountChoices is { Count: > 0 })
            {
                body.Add(AdaptiveElements.Choice(CardFields.LeadAccountId, text["Dialog.Lead.Account"], accountChoices.Select(a => (a.Name, a.AccountId)),
                    style: "filtered", placeholder: text["Dialog.Lead.AccountPlaceholder"]));
            }

            body.Add(AdaptiveElements.InputText(CardFields.LeadAccountName, text[accountChoices is { Count: > 0 } ? "Dialog.Lead.AccountNameOther" : "Dialog.Lead.AccountName"],
                maxLength: FieldLimits.Name, value: draft.AccountName));
        }

        body.Add(AdaptiveElements.InputText(CardFields.LeadTitle, text["Dialog.Lead.LeadTitle"], text["Dialog.Lead.LeadTitlePlaceholder"], maxLength: FieldLimits.Name,
            requiredMessage: text["Dialog.Required"], value: draft.Title));
        body.Add(AdaptiveElements.InputNumber(CardFields.LeadAmount, text["Dialog.Lead.Amount"], draft.Amount, min: 0));
        body.Add(AdaptiveElements.Choice(CardFields.LeadCurrency, text["Dialog.Lead.Currency"], Currencies.Select(c => (c, c)), value: draft.Currency));
        body.Add(AdaptiveElements.InputDate(CardFields.LeadCloseDate, text["Dialog.Lead.CloseDate"], value: draft.CloseDate));
        return Finish(body, text, CardVerbs.CreateLead, data);
    }

    public static JsonObject CreateAccount(CardContext context, AccountInput? draft = null, CrmError? error = null)
    {
        var text = new CardText(context);
        var body = Start(text, "Dialog.Account.Title", error);
        body.Add(AdaptiveElements.InputText(CardFields.AccountName, text["Dialog.Account.Name"], maxLength: FieldLimits.Name, requiredMessage: text["Dialog.Required"], value: draft?.Name));
        body.Add(AdaptiveElements.InputText(CardFields.AccountLegalForm, text["Dialog.Account.LegalForm"], text["Dialog.Account.LegalFormPlaceholder"], maxLength: FieldLimits.LegalForm, value: draft?.LegalForm));
        body.Add(AdaptiveElements.InputText(CardFields.AccountIndustry, text["Dialog.Account.Industry"], maxLength: FieldLimits.ShortText, value: draft?.Industry));
        body.Add(AdaptiveElements.InputText(CardFields.AccountWebsite, text["Dialog.Account.Website"], "https://", maxLength: FieldLimits.Url, value: draft?.Website, style: "Url"));
        body.Add(AdaptiveElements.InputText(CardFields.AccountCity, text["Dialog.Account.City"], maxLength: FieldLimits.ShortText, value: draft?.Address?.City));
        body.Add(AdaptiveElements.InputText(CardFields.AccountCountry, text["Dialog.Account.Country"], maxLength: FieldLimits.ShortText, value: draft?.Address?.Country));
        return Finish(body, text, CardVerbs.CreateAccount, new JsonObject());
    }

    public static JsonObject CreateContact(string accountId, string accountName, CardContext context, ContactInput? draft = null, CrmError? error = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        var text = new CardText(context);
        var body = Start(text, "Dialog.Contact.Title", error);
        body.Add(AdaptiveElements.Text(text.Format("Dialog.Contact.ForAccount", accountName)));
        body.Add(AdaptiveElements.InputText(CardFields.ContactFirstName, text["Dialog.Contact.FirstName"], maxLength: FieldLimits.PersonName, requiredMessage: text["Dialog.Required"], value: draft?.FirstName));
        body.Add(AdaptiveElements.InputText(CardFields.ContactLastName, text["Dialog.Contact.LastName"], maxLength: FieldLimits.PersonName, requiredMessage: text["Dialog.Required"], value: draft?.LastName));
        body.Add(AdaptiveElements.InputText(CardFields.ContactRole, text["Dialog.Contact.Role"], maxLength: FieldLimits.ShortText, value: draft?.Role));
        body.Add(AdaptiveElements.InputText(CardFields.ContactEmail, text["Dialog.Contact.Email"], maxLength: FieldLimits.Email, value: draft?.Email, style: "Email"));
        body.Add(AdaptiveElements.InputText(CardFields.ContactPhone, text["Dialog.Contact.Phone"], maxLength: FieldLimits.Phone, value: draft?.Phone, style: "Tel"));
        body.Add(AdaptiveElements.Choice(CardFields.ContactPreferredChannel, text["Dialog.Contact.PreferredChannel"],
            System.Enum.GetValues<PreferredChannel>().Select(c => (text.Enum(c), c.ToString())), value: (draft?.PreferredChannel ?? PreferredChannel.Email).ToString()));
        return Finish(body, text, CardVerbs.CreateContact, AdaptiveActions.Data((CardFields.AccountId, accountId)));
    }

    private static List<JsonNode> Start(CardText text, string titleKey, CrmError? error)
    {
        var body = new List<JsonNode> { AdaptiveElements.Title(text[titleKey]) };
        if (error is not null)
        {
            body.Add(AdaptiveElements.Container(
                CrmMessages.Describe(error, text.Culture).Split(Environment.NewLine).Select(line => (JsonNode)AdaptiveElements.Text(line, color: "Attention", spacing: "None")),
                style: "attention"));
        }

        return body;
    }

    private static JsonObject Finish(List<JsonNode> body, CardText text, string verb, JsonObject data)
    {
        body.Add(AdaptiveElements.ActionSet([AdaptiveActions.Submit(text["Dialog.Save"], verb, data)]));
        return CardDocument.Create(body, text);
    }
}
