using TeamsCrm.Core.Access;
namespace TeamsCrm.Conversation.Sharing;

/// <summary>
/// "share Contoso Renewal with Fabrikam Partners to comment", "stop sharing Contoso with Fabrikam", "teile Contoso mit
/// Fabrikam zum Kommentieren": answers with the next card of <see cref="SharePlanner"/> — always a confirmation before
/// anything changes. The cards are the caller's own: in a shared conversation <see cref="ReplyPrivacy"/> sends them to
/// the 1:1 chat.
/// </summary>
internal sealed class ShareByTextHandler(SharePlanner planner) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.ShareRecord, Intent.UnshareRecord];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var r = turn.Recognition;
        if (!AccessPolicy.IsInternal(turn.Caller))
        {
            return Reply(ErrorCardBuilder.Build(CrmError.Forbidden(), turn.Context));
        }

        if (string.IsNullOrWhiteSpace(r.AccountPhrase))
        {
            return Public(Say(turn.Context, "Turn.ShareAskTarget"));
        }

        if (string.IsNullOrWhiteSpace(r.OrganizationPhrase))
        {
            return Public(Say(turn.Context, "Turn.ShareAskPartner"));
        }

        return Reply(await planner.PlanAsync(turn.Caller, ShareDraft.From(r), turn.Context, cancellationToken).ConfigureAwait(false));
    }
}
