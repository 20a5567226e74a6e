using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Core.Accounts;

/// <summary>Reading one account as the caller may see it.</summary>
public sealed partial class AccountService
{
    /// <summary>The account with its version, redacted for partners (no segment); the core rows of the partition only.</summary>
    public async Task<CrmResult<AccountView>> GetAsync(Caller caller, string accountId, CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        return loaded.IsSuccess
            ? CustomerCardAssembler.ToView(loaded.Value.Partition.Account, loaded.Value.Access.IsRedacted)
            : loaded.Error;
    }
}
