using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Core.MyWork;

/// <summary>
/// The lists a person works from: "my open deals", "handoffs waiting for me", "handoffs I sent", "my tasks". The
/// per-person index only nominates candidates; each is checked against its account partition
/// (with the caller's access), so an index entry left behind by a crash is never shown — it is
/// removed instead.
/// </summary>
public sealed partial class MyWorkService(IAccountStore store, ICrmIndex index)
{
    public Task<IReadOnlyList<WorkItem<DealView>>> OpenDealsAsync(Caller caller, CancellationToken cancellationToken = default) =>
        ListAsync(caller, PersonalListKind.OwnedDeals, (partition, access, id) =>
        {
            var deal = partition.FindDeal(id);
            return deal is { IsOpen: true } && deal.Owner.UserId == caller.UserId && access.CanSeeDeal(deal.Id)
                ? CustomerCardAssembler.ToView(deal, access)
                : null;
        }, cancellationToken);

    /// <summary>The pending handoffs offered to the caller, each with the title of its deal (read with the handoff, no extra call).</summary>
    public Task<IReadOnlyList<WorkItem<Handoff>>> HandoffsWaitingAsync(Caller caller, CancellationToken cancellationToken = default) =>
        HandoffsAsync(caller, PersonalListKind.HandoffsWaiting, (handoff, access) =>
            handoff.To.UserId == caller.UserId && access.Can(CrmAction.ReceiveHandoff, handoff.DealId), cancellationToken);

    /// <summary>The pending handoffs the caller offered and may still see (a guest's access to a deal can end), each with its deal's title.</summary>
    public Task<IReadOnlyList<WorkItem<Handoff>>> HandoffsSentAsync(Caller caller, CancellationToken cancellationToken = default) =>
        HandoffsAsync(caller, PersonalListKind.HandoffsSent, (handoff, access) =>
            handoff.From.UserId == caller.UserId && access.CanSeeDeal(handoff.DealId), cancellationToken);

    public async Task<IReadOnlyList<WorkItem<FollowUpTask>>> OpenTasksAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var entries = await index.ListPersonalAsync(caller.TenantId, caller.UserId, PersonalListKind.AssignedTasks, cancellationToken).ConfigureAwait(false);
        var checkedEntries = await Task.WhenAll(entries.Select(async entry =>
        {
            var accountRead = store.GetAccountIfExistsAsync(caller.TenantId, entry.AccountId, cancellationToken);
            var taskRead = store.GetRecordIfExistsAsync<FollowUpTask>(caller.TenantId, entry.AccountId, entry.RecordId, cancellationToken);
            var (account, task) = (await accountRead.ConfigureAwait(false), await taskRead.ConfigureAwait(false));
            var valid = account is not null && task is { IsDone: false } && task.Assignee.UserId == caller.UserId && !caller.IsGuest;
            return (entry, item: valid ? new WorkItem<FollowUpTask>(account!.Id, account.Name, task!) : null);
        })).ConfigureAwait(false);
        await RemoveStaleAsync(caller, checkedEntries.Where(c => c.item is null).Select(c => c.entry), cancellationToken).ConfigureAwait(false);
        return checkedEntries.Select(c => c.item).OfType<WorkItem<FollowUpTask>>().OrderBy(t => t.Item.DueAt ?? DateTimeOffset.MaxValue).ToArray();
    }

    private Task<IReadOnlyList<WorkItem<Handoff>>> HandoffsAsync(
        Caller caller, PersonalListKind kind, Func<Handoff, AccountAccess, bool> isListed, CancellationToken cancellationToken) =>
        ListAsync(
            caller,
            kind,
            (partition, access, id) => partition.FindHandoff(id) is { IsPending: true } handoff && isListed(handoff, access) ? handoff : null,
            cancellationToken,
            (partition, handoff) => partition.FindDeal(handoff.DealId)?.Title);

    private async Task<IReadOnlyList<WorkItem<T>>> ListAsync<T>(
        Caller caller, PersonalListKind kind, Func<AccountPartition, AccountAccess, string, T?> verify, CancellationToken cancellationToken,
        Func<AccountPartition, T, string?>? dealTitle = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(caller);
        var entries = await index.ListPersonalAsync(caller.TenantId, caller.UserId, kind, cancellationToken).ConfigureAwait(false);
        var byAccount = await Task.WhenAll(entries.GroupBy(e => e.AccountId).Select(async group =>
        {
            var loaded = await VisibleAccount.LoadAsync(store, caller, group.Key, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
            return group.Select(entry =>
            {
                var item = loaded.IsSuccess ? verify(loaded.Value.Partition, loaded.Value.Access, entry.RecordId) : null;
                return (entry, item: item is null ? null : new WorkItem<T>(group.Key, loaded.Value!.Partition.Account.Name, item)
                {
                    DealTitle = dealTitle?.Invoke(loaded.Value.Partition, item),
                });
            }).ToArray();
        })).ConfigureAwait(false);
        var all = byAccount.SelectMany(x => x).ToArray();
        await RemoveStaleAsync(caller, all.Where(c => c.item is null).Select(c => c.entry), cancellationToken).ConfigureAwait(false);
        return all.Select(c => c.item).OfType<WorkItem<T>>().OrderBy(w => w.AccountName, StringComparer.CurrentCultureIgnoreCase).ToArray();
    }

    private Task RemoveStaleAsync(Caller caller, IEnumerable<PersonalEntry> stale, CancellationToken cancellationToken) =>
        Task.WhenAll(stale.Select(entry => index.RemovePersonalAsync(caller.TenantId, caller.UserId, entry, cancellationToken)));
}
