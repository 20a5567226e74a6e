namespace TeamsCrm.Core.Application;

/// <summary>An account partition together with what the caller may do in it.</summary>
public sealed record VisibleAccount(AccountPartition Partition, AccountAccess Access)
{
    /// <summary>
    /// Loads the caller's account partition; a malformed id, a missing account and an account the
    /// caller may not see all give the same "not found".
    /// </summary>
    public static async Task<CrmResult<VisibleAccount>> LoadAsync(
        IAccountStore store,
        Caller caller,
        string? accountId,
        PartitionSlice slice,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(caller);
        if (!CrmIds.IsWellFormed(accountId))
        {
            return CrmError.NotFound();
        }

        var effectiveSlice = caller.IsGuest ? slice with { SharedCommentsOnly = true } : slice;
        var partition = await store.LoadAsync(caller.TenantId, accountId!, effectiveSlice, cancellationToken).ConfigureAwait(false);
        if (partition is null)
        {
            return CrmError.NotFound();
        }

        var access = AccessPolicy.ForAccount(caller, partition.Shares);
        return access.CanSeeAccount ? new VisibleAccount(partition, access) : CrmError.NotFound();
    }
}
