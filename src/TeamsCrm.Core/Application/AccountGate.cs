namespace TeamsCrm.Core.Application;

/// <summary>
/// The preamble every account use case starts with, written once: load the account the caller may see, ask the
/// access policy for the action (optionally on one deal of it), then validate the input. The order is the same
/// everywhere, so the answers are too: an account or deal the caller may not see is "not found", a visible one they may
/// not change is "forbidden", and only a permitted request gets its input checked.
/// </summary>
public static class AccountGate
{
    /// <summary>
    /// Loads the account, checks <paramref name="action"/> on it and validates the input; returns the partition with
    /// the caller's access, or the error to answer with.
    /// </summary>
    public static async Task<CrmResult<VisibleAccount>> AuthorizeAsync(
        IAccountStore store,
        Caller caller,
        string? accountId,
        CrmAction action,
        Func<CrmError?>? validate = null,
        CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded;
        }

        return Refusal(loaded.Value.Access, action, dealId: null, validate) is { } refused ? refused : loaded;
    }

    /// <summary>
    /// Loads the account, finds the deal the caller may see (else "not found"), checks <paramref name="action"/> on
    /// that deal and validates the input.
    /// </summary>
    public static async Task<CrmResult<VisibleDeal>> AuthorizeDealAsync(
        IAccountStore store,
        Caller caller,
        string? accountId,
        string? dealId,
        CrmAction action,
        Func<CrmError?>? validate = null,
        CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (partition, access) = loaded.Value;
        var deal = dealId is null ? null : partition.FindDeal(dealId);
        if (deal is null || !access.CanSeeDeal(deal.Id))
        {
            return CrmError.NotFound();
        }

        return Refusal(access, action, deal.Id, validate) is { } refused ? refused : new VisibleDeal(partition, access, deal);
    }

    /// <summary>Forbidden when the policy denies the action; otherwise the input's validation error, if any.</summary>
    private static CrmError? Refusal(AccountAccess access, CrmAction action, string? dealId, Func<CrmError?>? validate) =>
        access.Can(action, dealId) ? validate?.Invoke() : CrmError.Forbidden();
}
