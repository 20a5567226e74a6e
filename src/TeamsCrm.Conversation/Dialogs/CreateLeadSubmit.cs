using TeamsCrm.Conversation.Accounts;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Conversation.Dialogs;

/// <summary>The new-lead dialog's submit: finds the account by id or typed name, then creates the deal.</summary>
internal sealed class CreateLeadSubmit(IAccountResolver resolver, CustomerCards accounts, DealService deals) : IDialogSubmitHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.CreateLead];

    public async Task<DialogOutcome> HandleAsync(Caller caller, JsonObject data, CardContext context, CancellationToken cancellationToken)
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

            var resolution = await resolver.ResolveAsync(caller, accountName, cancellationToken).ConfigureAwait(false);
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
            accountName = await accounts.NameAsync(caller, accountId, cancellationToken).ConfigureAwait(false);
            if (accountName is null)
            {
                return Show(ErrorCardBuilder.Build(CrmError.NotFound(), context), title);
            }
        }

        var created = await deals.CreateAsync(caller, accountId, new DealInput(leadTitle, amount ?? 0m, currency, ExpectedCloseDate: closeDate), cancellationToken).ConfigureAwait(false);
        if (!created.IsSuccess)
        {
            return created.Error!.Kind is CrmErrorKind.Validation
                ? Show(DialogCardBuilder.CreateLead(context, draft with { AccountId = accountId, AccountName = accountName }, null, created.Error), title)
                : Show(ErrorCardBuilder.Build(created.Error, context), title);
        }

        return Close(Sentence(context, "Turn.LeadCreated", created.Value!.Title, accountName));
    }
}
