using TeamsCrm.Core.Access;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>
/// "Save to CRM" on a chat message: the dialog prefilled from the message, and its submit — a comment (internal or
/// shared; on the account or one of its deals the caller may see), an interaction (channel Teams, with its direction and
/// the message's time) or a new lead with the message as its first comment, on the account the person names. The
/// stored text ends with where it came from (author, time, link to the message). Every write is a Core use case with
/// the caller's access: an account or deal they may not see is "not found" and nothing is written; a guest's comment is
/// always shared, and what a guest may not do is refused by Core. The answer closes the dialog with a sentence only the
/// caller sees, or — when they chose to post it — is the saved record's name-only card for the conversation, or shows
/// the form again (with the error, or asking which deal).
/// </summary>
public sealed partial class SaveMessageDialog(IAccountResolver resolver, AccountService accounts, CommentService comments, InteractionService interactions, DealService deals, RecordSearch records)
{
    public static SaveOutcome Fetch(Caller caller, MessageToSave message, string? locale)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(message);
        var context = CardContext.ForLocale(locale);
        var (text, fullLength) = MessageText.Extract(message.Body, message.IsHtml);
        var sentAt = message.SentAt?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var draft = new SaveDraft(text, Clip(message.AuthorName, FieldLimits.PersonName * 2), sentAt, Clip(message.Link, FieldLimits.Url)) { FullLength = fullLength };
        return Show(context, caller, draft);
    }

    public async Task<SaveOutcome> SubmitAsync(Caller caller, JsonObject data, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var context = CardContext.ForLocale(locale);
        var draft = DraftFrom(data);
        if (string.IsNullOrWhiteSpace(draft.Text))
        {
            return Show(context, caller, draft, error: Missing("text"));
        }

        var accountId = draft.AccountId;
        if (accountId is null)
        {
            if (string.IsNullOrWhiteSpace(draft.AccountName))
            {
                return Show(context, caller, draft, error: Missing("account"));
            }

            var resolution = await resolver.ResolveAsync(caller, draft.AccountName, cancellationToken).ConfigureAwait(false);
            if (resolution.Kind != AccountResolutionKind.SingleMatch)
            {
                return Show(context, caller, draft, resolution.Candidates.Select(c => c.Account).ToList(), CrmError.NotFound());
            }

            accountId = resolution.Match!.AccountId;
        }

        var onDeal = draft.OnDeal && draft.Kind is SaveKind.InternalComment or SaveKind.SharedComment;
        var dealId = onDeal ? CardData.Id(data, SaveFields.DealId) : null;
        if (onDeal && dealId is null)
        {
            return await AskForDealAsync(context, caller, draft with { AccountId = accountId }, cancellationToken).ConfigureAwait(false);
        }

        var (error, savedDealId) = await SaveAsync(caller, accountId, dealId, draft, Stored(draft, context), cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return Show(context, caller, draft, error: error);
        }

        return await ConfirmAsync(context, caller, draft, accountId, savedDealId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes what the person chose: Core's error (nothing written), or the deal it went on (a comment's deal, a new lead).</summary>
    private async Task<(CrmError? Error, string? DealId)> SaveAsync(Caller caller, string accountId, string? dealId, SaveDraft draft, string stored, CancellationToken cancellationToken)
    {
        switch (draft.Kind)
        {
            case SaveKind.Interaction:
                var sentAt = DateTimeOffset.TryParseExact(draft.SentAt, "yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
                return ((await interactions.LogAsync(caller, accountId, new InteractionInput(InteractionChannel.Teams, draft.Direction, stored, sentAt), cancellationToken).ConfigureAwait(false)).Error, null);
            case SaveKind.Lead:
                var title = string.IsNullOrWhiteSpace(draft.LeadTitle) ? FirstLine(draft.Text) : draft.LeadTitle.Trim();
                var lead = await deals.CreateAsync(caller, accountId, new DealInput(title, 0m), cancellationToken).ConfigureAwait(false);
                return lead.IsSuccess
                    ? ((await comments.AddAsync(caller, accountId, new CommentInput(stored, null, CommentVisibility.Internal, lead.Value.Id), cancellationToken).ConfigureAwait(false)).Error, lead.Value.Id)
                    : (lead.Error, null);
            default:
                var visibility = AccessPolicy.CommentVisibilityFor(caller, draft.Kind == SaveKind.SharedComment ? CommentVisibility.Shared : CommentVisibility.Internal);
                return ((await comments.AddAsync(caller, accountId, new CommentInput(stored, null, visibility, dealId), cancellationToken).ConfigureAwait(false)).Error, dealId);
        }
    }

    private static SaveOutcome Show(CardContext context, Caller caller, SaveDraft draft, IReadOnlyList<AccountSearchHit>? choices = null, CrmError? error = null) =>
        new(SaveMessageCardBuilder.Build(context, draft, AccessPolicy.IsInternal(caller), new SaveChoices(choices, null, null), error), SaveMessageCardBuilder.Title(context), null);

    private static CrmError Missing(string field) => CrmError.Invalid([new FieldError(field, ErrorCodes.Required)]);
}
