using System.Text.Json.Nodes;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Conversation.Understanding;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Conversation.Turns;

public sealed partial class CrmConversation
{
    /// <summary>task/fetch: data.dialog = Lead | Account | Contact (+ accountId).</summary>
    public async Task<DialogOutcome> FetchDialogAsync(Caller caller, JsonObject data, string? locale, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var context = CardContext.ForLocale(locale);
        var accountId = CardData.Id(data, CardFields.AccountId);
        if (CardData.Enum<DialogKind>(data, CardFields.Dialog) is not { } kind)
        {
            return Show(ErrorCardBuilder.Build(CrmError.Invalid([new FieldError(CardFields.Dialog, ErrorCodes.UnknownValue)]), context), null);
        }

        var title = DialogCardBuilder.TitleFor(kind, context);
        if (kind == DialogKind.Account)
        {
            return caller.IsGuest ? Show(ErrorCardBuilder.Build(CrmError.Forbidden(), context), title) : Show(DialogCardBuilder.CreateAccount(context), title);
        }

        string? accountName = null;
        if (accountId is not null)
        {
            var card = await accounts.GetCustomerCardAsync(caller, accountId, cancellationToken);
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
                : Show(DialogCardBuilder.CreateContact(accountId, accountName!, context), title);
        }

        return Show(DialogCardBuilder.CreateLead(context, accountId is null ? null : new LeadDraft(accountId, accountName)), title);
    }

    /// <summary>task/submit: lead.create / account.create / contact.create (and the duplicate card's useExisting).</summary>
    public async Task<DialogOutcome> SubmitDialogAsync(Caller caller, JsonObject data, string? locale, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var context = CardContext.ForLocale(locale);
        data ??= new JsonObject();
        switch (CardData.Text(data, "verb"))
        {
            case CardVerbs.CreateLead:
                return await CreateLeadAsync(caller, data, context, cancellationToken);
            case CardVerbs.CreateAccount:
                return await CreateAccountAsync(caller, data, context, cancellationToken);
            case CardVerbs.CreateContact:
                return await CreateContactAsync(caller, data, context, cancellationToken);
            case CardVerbs.UseExistingAccount:
            case CardVerbs.UseExistingContact:
                return Show(await CustomerCardOrErrorAsync(caller, CardData.Id(data, CardFields.AccountId), context, null, cancellationToken), null);
            default:
                return Show(ErrorCardBuilder.Build(CrmError.Invalid([new FieldError("verb", ErrorCodes.UnknownValue)]), context), null);
        }
    }

    private static DialogOutcome Show(JsonObject card, string? title) => new(card, title, null, NoNotifications);

    private static DialogOutcome Close(string message) => new(null, null, message, NoNotifications);

    /// <summary>A dialog's closing message: Teams shows it as plain text, so its arguments stay unescaped.</summary>
    private static string Sentence(CardContext context, string key, params object?[] args) => TurnText.Format(key, context.Culture, args);

    private async Task<DialogOutcome> CreateLeadAsync(Caller caller, JsonObject data, CardContext context, CancellationToken cancellationToken)
    {
        var title = DialogCardBuilder.TitleFor(DialogKind.Lead, context);
        var accountId = CardData.Id(data, CardFields.LeadAccountId);
        var accountName = CardData.Text(data, CardFields.LeadAccountName)?.Trim();
        var (amountGiven, amount) = CardData.Number(data, CardFields.LeadAmount);
        var currency = CardData.Id(data, CardFields.LeadCurrency) ?? "EUR";
        var closeDate = CardData.Date(data, CardFields.LeadCloseDate);
        var leadTitle = CardData.Text(data, CardFields.LeadTitle) ?? string.Empty;
        var draft = new LeadDraft(accountId, accountName, leadTitle, amount, currency, closeDate);
        if (amountGiven && amount is null)
        {
            return Show(DialogCardBuilder.CreateLead(context, draft, null, CrmError.Invalid([new FieldError("amount", ErrorCodes.OutOfRange)])), title);
        }

        if (accountId is null)
        {
            if (string.IsNullOrWhiteSpace(accountName))
            {
                return Show(DialogCardBuilder.CreateLead(context, draft, null, Missing("account")), title);
            }

            var resolution = await resolver.ResolveAsync(caller, accountName, cancellationToken);
            if (resolution.Kind != AccountResolutionKind.SingleMatch)
            {
                var choices = resolution.Candidates.Select(c => c.Account).ToList();
                return Show(DialogCardBuilder.CreateLead(context, draft, choices, CrmError.NotFound()), title);
            }

            accountId = resolution.Match!.AccountId;
            accountName = resolution.Match.Name;
        }
        else
        {
            accountName = await AccountNameAsync(caller, accountId, cancellationToken);
            if (accountName is null)
            {
                return Show(ErrorCardBuilder.Build(CrmError.NotFound(), context), title);
            }
        }

        var created = await deals.CreateAsync(caller, accountId, new DealInput(leadTitle, amount ?? 0m, currency, ExpectedCloseDate: closeDate), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error!.Kind is CrmErrorKind.Validation
                ? Show(DialogCardBuilder.CreateLead(context, draft with { AccountId = accountId, AccountName = accountName }, null, created.Error), title)
                : Show(ErrorCardBuilder.Build(created.Error, context), title);
        }

        return Close(Sentence(context, "Turn.LeadCreated", created.Value!.Title, accountName));
    }

    private async Task<DialogOutcome> CreateAccountAsync(Caller caller, JsonObject data, CardContext context, CancellationToken cancellationToken)
    {
        var title = DialogCardBuilder.TitleFor(DialogKind.Account, context);
        var input = new AccountInput(
            CardData.Text(data, CardFields.AccountName) ?? string.Empty,
            LegalForm: CardData.Text(data, CardFields.AccountLegalForm),
            Industry: CardData.Text(data, CardFields.AccountIndustry),
            Website: CardData.Text(data, CardFields.AccountWebsite),
            Address: new PostalAddress(null, null, CardData.Text(data, CardFields.AccountCity), CardData.Text(data, CardFields.AccountCountry)));
        var allowSimilar = string.Equals(CardData.Text(data, CardFields.AllowSimilar), "true", StringComparison.OrdinalIgnoreCase);
        var created = await accounts.CreateAsync(caller, input, allowSimilar, cancellationToken);
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

    private async Task<DialogOutcome> CreateContactAsync(Caller caller, JsonObject data, CardContext context, CancellationToken cancellationToken)
    {
        var title = DialogCardBuilder.TitleFor(DialogKind.Contact, context);
        var accountId = CardData.Id(data, CardFields.AccountId);
        var accountName = accountId is null ? null : await AccountNameAsync(caller, accountId, cancellationToken);
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
        var created = await contacts.CreateAsync(caller, accountId, input, allowSimilar, cancellationToken);
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
