namespace TeamsCrm.Conversation.Sharing;

/// <summary>A button of a share choice card (which account or deal, which organisation, which level): the next card of the same draft.</summary>
internal sealed class PrepareShareAction(SharePlanner planner) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.PrepareShare];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        var draft = ShareDraft.From(input.Data);
        if ((draft.AccountId ?? draft.TargetPhrase) is null || (draft.PartnerId ?? draft.PartnerPhrase) is null)
        {
            return Error(CrmError.NotFound(), context);
        }

        return Card(await planner.PlanAsync(input.Caller, draft, context, cancellationToken).ConfigureAwait(false));
    }
}
