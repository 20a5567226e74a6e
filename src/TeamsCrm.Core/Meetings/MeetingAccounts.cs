using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.MyWork;
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

    /// <summary>
    /// The caller's own meetings that <paramref name="include"/> selects, once per account whose customers attend (the
    /// account's contacts or web domain, never the tenant's own addresses), with those customers and the subject only
    /// where <see cref="PeopleContextPolicy.CanSeeSubject"/> allows it. Members only: a guest gets none.
    /// </summary>
    public static async Task<IReadOnlyList<WorkItem<MeetingView>>> CustomerMeetingsAsync(
        IAccountStore store, ICrmIndex index, CustomerContextService people, Caller caller, int limit, Func<Meeting, bool> include, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.IsInternal(caller))
        {
            return [];
        }

        var (accounts, calendar, ownAddresses) = await WithCalendarAsync(store, index, people, caller, limit, cancellationToken).ConfigureAwait(false);
        var own = calendar.Meetings.Where(m => string.Equals(m.CalendarOwnerId, caller.UserId, StringComparison.OrdinalIgnoreCase) && include(m)).ToArray();
        return [.. accounts
            .SelectMany(partition =>
            {
                var matcher = new CustomerAttendeeMatcher(CustomerCardAssembler.EmailsOf(partition.Contacts), partition.Account.Website, ownAddresses);
                return own.Where(m => m.Attendees.Any(matcher.IsCustomer)).Select(m => new WorkItem<MeetingView>(
                    partition.Account.Id,
                    partition.Account.Name,
                    new MeetingView(m.MeetingId, m.Start, m.End, PeopleContextPolicy.CanSeeSubject(caller, m) ? m.Subject : null, m.OrganizerName, [.. m.Attendees.Where(matcher.IsCustomer)])));
            })
            .DistinctBy(w => (w.AccountId, w.Item.MeetingId))];
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
