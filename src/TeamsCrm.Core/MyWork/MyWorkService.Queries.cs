using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Core.MyWork;

/// <summary>The handoffs a person sent that wait for an answer.</summary>
public sealed partial class MyWorkService
{
    /// <summary>
    /// The caller's pending handoffs, found through the deals they own (only a deal's owner hands it off, and the deal
    /// stays theirs until the handoff is accepted); ordered by account name. Stale index entries are left to
    /// <see cref="OpenDealsAsync"/>, which owns that list.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem<Handoff>>> HandoffsSentAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var entries = await index.ListPersonalAsync(caller.TenantId, caller.UserId, PersonalListKind.OwnedDeals, cancellationToken).ConfigureAwait(false);
        var byAccount = await Task.WhenAll(entries.GroupBy(e => e.AccountId).Select(async group =>
        {
            var loaded = await VisibleAccount.LoadAsync(store, caller, group.Key, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
            if (!loaded.IsSuccess)
            {
                return [];
            }

            var (partition, access) = loaded.Value;
            var dealIds = group.Select(e => e.RecordId).ToHashSet(StringComparer.Ordinal);
            return partition.Handoffs
                .Where(h => h.IsPending && h.From.UserId == caller.UserId && dealIds.Contains(h.DealId) && access.CanSeeDeal(h.DealId))
                .Select(h => new WorkItem<Handoff>(partition.Account.Id, partition.Account.Name, h))
                .ToArray();
        })).ConfigureAwait(false);
        return byAccount.SelectMany(items => items)
            .OrderBy(w => w.AccountName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(w => w.Item.CreatedAt)
            .ToArray();
    }
}
