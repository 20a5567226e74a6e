namespace TeamsCrm.Core.Search;

public sealed partial class RecordSearch
{
    /// <summary>The visible partitions of the caller's working set.</summary>
    private async Task<IReadOnlyList<VisibleAccount>> LoadWorkingSetAsync(Caller caller, CancellationToken cancellationToken)
    {
        var working = await WorkingSetAsync(caller, cancellationToken).ConfigureAwait(false);
        return await LoadAsync(caller, working.AccountIds, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The accounts a caller works on, from the indexes (candidates only: every one is checked when loaded).</summary>
    private async Task<WorkingSet> WorkingSetAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (caller.IsGuest)
        {
            if (string.IsNullOrEmpty(caller.PartnerOrganizationId))
            {
                return new WorkingSet([]);
            }

            var shares = await index.ListPartnerSharesAsync(caller.TenantId, caller.PartnerOrganizationId, cancellationToken).ConfigureAwait(false);
            return new WorkingSet(shares.Select(s => s.AccountId).Distinct(StringComparer.Ordinal).Take(MaxAccounts).ToArray());
        }

        var owned = index.ListPersonalAsync(caller.TenantId, caller.UserId, PersonalListKind.OwnedAccounts, cancellationToken);
        var deals = index.ListPersonalAsync(caller.TenantId, caller.UserId, PersonalListKind.OwnedDeals, cancellationToken);
        var entries = (await owned.ConfigureAwait(false)).Concat(await deals.ConfigureAwait(false));
        return new WorkingSet(entries.Select(e => e.AccountId).Distinct(StringComparer.Ordinal).Take(MaxAccounts).ToArray());
    }

    /// <summary>The visible partitions of up to <see cref="MaxAccounts"/> distinct accounts, in parallel; others are left out.</summary>
    private async Task<IReadOnlyList<VisibleAccount>> LoadAsync(Caller caller, IEnumerable<string> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct(StringComparer.Ordinal).Take(MaxAccounts * 2).ToArray();
        var loaded = await Task.WhenAll(ids.Select(id => VisibleAccount.LoadAsync(store, caller, id, PartitionSlice.CoreOnly, cancellationToken))).ConfigureAwait(false);
        return loaded.Where(l => l.IsSuccess).Select(l => l.Value!).ToArray();
    }

    private sealed record WorkingSet(IReadOnlyList<string> AccountIds);
}
