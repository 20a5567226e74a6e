using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Meetings;

/// <summary>
/// The accounts whose customers the caller meets: those of their open deals, then those they own (newest first, at
/// most <c>limit</c>), each checked against its partition — the index only nominates — and only where the caller may
/// log interactions. Shared by "meetings not yet logged" and "upcoming customer meetings".
/// </summary>
internal static class MeetingAccounts
{
    /// <summary>
    /// The accounts (<see cref="LoadAsync"/>) and the caller's own calendar, read in parallel, with the tenant's own
    /// addresses in it (never a customer's).
    /// </summary>
    public static async Task<(IReadOnlyList<AccountPartition> Accounts, PeopleContextResult Calendar, string?[] OwnAddresses)> WithCalendarAsync(
        IAccountStore store, ICrmIndex index, CustomerContextService people, Caller caller, int limit, CancellationToken cancellationToken)
    {
        var calendarTask = people.OwnCalendarAsync(caller, cancellationToken);
        var accounts = await LoadAsync(store, index, caller, limit, cancellationToken).ConfigureAwait(false);
        var calendar = await calendarTask.ConfigureAwait(false);
        return (accounts, calendar, [.. calendar.People.Where(p => !p.IsGuest).Select(p => p.Email)]);
    }

    public static async Task<IReadOnlyList<AccountPartition>> LoadAsync(
        IAccountStore store, ICrmIndex index, Caller caller, int limit, CancellationToken cancellationToken)
    {
        var deals = index.ListPersonalAsync(caller.TenantId, caller.UserId, PersonalListKind.OwnedDeals, cancellationToken);
        var owned = index.ListPersonalAsync(caller.TenantId, caller.UserId, PersonalListKind.OwnedAccounts, cancellationToken);
        var ids = (await deals.ConfigureAwait(false)).Select(e => e.AccountId).OrderDescending(StringComparer.Ordinal)
            .Concat((await owned.ConfigureAwait(false)).Select(e => e.AccountId).OrderDescending(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Take(limit);
        var loaded = await Task.WhenAll(ids.Select(id => VisibleAccount.LoadAsync(store, caller, id, PartitionSlice.CoreOnly, cancellationToken))).ConfigureAwait(false);
        return [.. loaded.Where(l => l.IsSuccess && l.Value!.Access.Can(CrmAction.LogInteraction)).Select(l => l.Value!.Partition)
            .Where(p => p.Account.Owner.UserId == caller.UserId || p.Deals.Any(d => d.IsOpen && d.Owner.UserId == caller.UserId))];
    }
}
