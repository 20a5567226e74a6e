using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Core.MyWork;

/// <summary>"My deals" as each person means it: a member's own open deals; a partner's also every open deal shared with their organisation.</summary>
public sealed partial class MyWorkService
{
    /// <summary>
    /// The open deals a person works on: for a member the deals they own (<see cref="OpenDealsAsync"/>); for a partner
    /// (guest) the deals handed to them and every open deal shared with their organisation at any level (an account share
    /// covers its deals). The organisation's share index only nominates accounts: each is read and decided again by the
    /// access policy, so a share taken back is gone at once even while the index lags.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem<DealView>>> MyDealsAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var owned = await OpenDealsAsync(caller, cancellationToken).ConfigureAwait(false);
        if (!caller.IsGuest || string.IsNullOrEmpty(caller.PartnerOrganizationId))
        {
            return owned;
        }

        var entries = await index.ListPartnerSharesAsync(caller.TenantId, caller.PartnerOrganizationId, cancellationToken).ConfigureAwait(false);
        var shared = await Task.WhenAll(entries.Select(e => e.AccountId).Distinct(StringComparer.Ordinal).Select(async accountId =>
        {
            var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
            if (!loaded.IsSuccess)
            {
                return [];
            }

            var (partition, access) = loaded.Value;
            return partition.Deals
                .Where(d => d.IsOpen && access.CanSeeDeal(d.Id))
                .Select(d => new WorkItem<DealView>(partition.Account.Id, partition.Account.Name, CustomerCardAssembler.ToView(d, access)))
                .ToArray();
        })).ConfigureAwait(false);
        var ownedIds = owned.Select(o => o.Item.Id).ToHashSet(StringComparer.Ordinal);
        var others = shared.SelectMany(s => s).Where(w => !ownedIds.Contains(w.Item.Id));
        return [.. owned.Concat(others).OrderBy(w => w.AccountName, StringComparer.CurrentCultureIgnoreCase).ThenBy(w => w.Item.Title, StringComparer.CurrentCultureIgnoreCase)];
    }
}
