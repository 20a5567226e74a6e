using TeamsCrm.Core.Access;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Conversation.MessageExtension;

public sealed partial class SaveMessageDialog
{
    /// <summary>
    /// The form again with the account decided and its deals the caller may see to choose from (a guest: the shared
    /// ones), open deals first; a note when there is none. Core's error when the account does not exist for them.
    /// </summary>
    private async Task<SaveOutcome> AskForDealAsync(CardContext context, Caller caller, SaveDraft draft, CancellationToken cancellationToken)
    {
        var listed = await deals.ListAsync(caller, draft.AccountId!, new PageRequest(PageRequest.MaxSize), cancellationToken).ConfigureAwait(false);
        var name = await accounts.GetNameAsync(caller, draft.AccountId!, cancellationToken).ConfigureAwait(false);
        if (!listed.IsSuccess || !name.IsSuccess)
        {
            return Show(context, caller, draft with { AccountId = null }, error: listed.Error ?? name.Error);
        }

        var choices = listed.Value.Items
            .OrderBy(d => DealStages.IsOpen(d.Stage) ? 0 : 1)
            .ThenBy(d => d.Title, StringComparer.CurrentCultureIgnoreCase)
            .Select(d => (d.Title, d.Id))
            .ToArray();
        var note = choices.Length == 0 ? new CardText(context).Format("Save.NoDeals", name.Value!) : null;
        var card = SaveMessageCardBuilder.Build(context, draft with { AccountName = name.Value }, AccessPolicy.IsInternal(caller), new SaveChoices(null, choices, note), null);
        return new SaveOutcome(card, SaveMessageCardBuilder.Title(context), null);
    }

    /// <summary>
    /// After the save: the record's name-only card for the compose box when the person chose to post it (the deal's
    /// card for a comment on a deal or a new lead, else the account's), otherwise one sentence only they see.
    /// </summary>
    private async Task<SaveOutcome> ConfirmAsync(CardContext context, Caller caller, SaveDraft draft, string accountId, string? dealId, CancellationToken cancellationToken)
    {
        var record = await records.GetAsync(caller, dealId is null ? RecordKind.Account : RecordKind.Deal, accountId, dealId, cancellationToken).ConfigureAwait(false);
        if (draft.Post && record.IsSuccess)
        {
            return new SaveOutcome(null, null, null, RecordSearchCards.Item(record.Value, context));
        }

        var text = new CardText(context);
        var kind = draft.Kind == SaveKind.InternalComment && !AccessPolicy.IsInternal(caller) ? SaveKind.SharedComment : draft.Kind;
        var message = text.Format($"Save.Done.{kind}", record.IsSuccess ? record.Value.AccountName : string.Empty);
        if (record.IsSuccess && record.Value.Kind == RecordKind.Deal && kind != SaveKind.Lead)
        {
            message += " " + text.Format("Save.Done.Deal", record.Value.Name);
        }

        return new SaveOutcome(null, null, message);
    }
}
