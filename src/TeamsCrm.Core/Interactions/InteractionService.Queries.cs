namespace TeamsCrm.Core.Interactions;

/// <summary>Reading interactions: an account's touchpoints, newest first, page by page.</summary>
public sealed partial class InteractionService
{
    /// <summary>The account's interactions, newest first; none for a partner (interactions are internal).</summary>
    public Task<CrmResult<Page<Interaction>>> ListAsync(Caller caller, string accountId, PageRequest page, CancellationToken cancellationToken = default) =>
        Paging.ListRecordsAsync<Interaction>(store, caller, accountId, page, CrmAction.ViewInteractions, (_, _) => true, cancellationToken);
}
