using TeamsCrm.Core.Access;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Sharing;

/// <summary>
/// The confirmation card's buttons: "Share" / "Change access" / "Stop sharing" run <see cref="ShareService"/> (which
/// checks the caller's right again, writes the audit entry and withdraws pending handoffs a guest may no longer
/// receive) and answer with what happened; "Cancel" changes nothing. The change is made only to the share the card
/// showed (<see cref="ShareDraft.Seen"/>): if someone shared, changed or stopped sharing it since, nothing changes and the
/// answer says so with the access as it is now (<see cref="ShareCardBuilder.Changed"/>).
/// </summary>
internal sealed class ConfirmShareAction(ShareTargetFinder targets, ShareService shares) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.ConfirmShare, CardVerbs.CancelShare];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        if (input.Verb == CardVerbs.CancelShare)
        {
            return Card(ShareCardBuilder.Message(new CardText(context)["Share.Cancelled"], context));
        }

        if (!AccessPolicy.IsInternal(input.Caller))
        {
            return Error(CrmError.Forbidden(), context);
        }

        var draft = ShareDraft.From(input.Data);
        if (draft.AccountId is null || draft.PartnerId is null)
        {
            return Error(CrmError.NotFound(), context);
        }

        if (!draft.Remove && draft.Level is null)
        {
            return Error(CrmError.Invalid([new FieldError("level", ErrorCodes.UnknownValue)]), context, draft.AccountId);
        }

        var target = await targets.FindAsync(input.Caller, draft, context, cancellationToken).ConfigureAwait(false);
        if (target.Answer is { } answer)
        {
            return Card(answer);
        }

        var current = target.Card!.Shares.FirstOrDefault(s => s.PartnerOrganizationId == draft.PartnerId && s.DealId == draft.DealId)?.Level;
        var seen = ShareSeen.Parse(draft.Seen);
        var result = draft.Remove
            ? await shares.UnshareAsync(input.Caller, draft.AccountId, draft.PartnerId, draft.DealId, seen, cancellationToken).ConfigureAwait(false)
            : await shares.ShareAsync(input.Caller, draft.AccountId, draft.PartnerId, draft.Level!.Value, draft.DealId, seen, cancellationToken).ConfigureAwait(false);
        if (result.Error is { Kind: CrmErrorKind.Conflict } conflict)
        {
            var now = conflict.Current as Share;
            var name = now?.PartnerOrganizationName ?? await NameAsync(input.Caller, draft.AccountId, draft.PartnerId, cancellationToken).ConfigureAwait(false);
            var changed = new ShareProposal(
                target.Card.Account.Id, target.Card.Account.Name, target.Deal?.Id, target.Deal?.Title, draft.PartnerId, name, draft.Level, now?.Level);
            return Card(ShareCardBuilder.Changed(changed, draft with { Seen = null }, context));
        }

        if (!result.IsSuccess)
        {
            return ErrorAbout(result.Error!, context, draft.AccountId);
        }

        var share = result.Value!;
        var done = new ShareProposal(
            target.Card.Account.Id, target.Card.Account.Name, target.Deal?.Id, target.Deal?.Title, share.PartnerOrganizationId, share.PartnerOrganizationName,
            draft.Remove ? null : share.Level, current);
        return Card(ShareCardBuilder.Done(done, context));
    }

    /// <summary>The organisation's name when its share is gone (from the organisations the account may be shared with).</summary>
    private async Task<string> NameAsync(Caller caller, string accountId, string partnerId, CancellationToken cancellationToken)
    {
        var organizations = await shares.PartnerOrganizationsAsync(caller, accountId, cancellationToken).ConfigureAwait(false);
        return organizations.Value?.FirstOrDefault(o => o.Id == partnerId)?.Name ?? string.Empty;
    }
}
