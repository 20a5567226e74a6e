using TeamsCrm.Core.Access;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Sharing;

/// <summary>
/// The confirmation card's buttons: "Share" / "Change access" / "Stop sharing" run <see cref="ShareService"/> (which
/// checks the caller's right again, writes the audit entry and withdraws pending handoffs a guest may no longer
/// receive) and answer with what happened; "Cancel" changes nothing.
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
        var result = draft.Remove
            ? await shares.UnshareAsync(input.Caller, draft.AccountId, draft.PartnerId, draft.DealId, cancellationToken).ConfigureAwait(false)
            : await shares.ShareAsync(input.Caller, draft.AccountId, draft.PartnerId, draft.Level!.Value, draft.DealId, cancellationToken).ConfigureAwait(false);
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
}
