using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Meetings;

/// <summary>
/// "Meetings not yet logged" in my work: the past meetings of the caller's own calendar (the context window, 60 days)
/// with customers of the accounts they own or have open deals on, newest first, without those already logged. Bounds:
/// at most <see cref="AccountLimit"/> accounts (those of open deals first, then owned ones; newest first), each read
/// once (its core records: contacts and website), and at most <see cref="MeetingLimit"/> meetings checked — each by one
/// point read of its mark (<see cref="LoggedMeeting"/>), all in parallel, so a meeting logged long ago stays logged.
/// The calendar is read once, in parallel with the storage reads. Logging one from here is the same "Log this meeting".
/// </summary>
public sealed class UnloggedMeetingsService(IAccountStore store, ICrmIndex index, CustomerContextService people, TimeProvider time)
{
    public const int AccountLimit = 25;
    public const int MeetingLimit = 50;

    public async Task<IReadOnlyList<WorkItem<MeetingView>>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.IsInternal(caller))
        {
            return [];
        }

        var (accounts, calendar, ownAddresses) = await MeetingAccounts.WithCalendarAsync(store, index, people, caller, AccountLimit, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var candidates = accounts
            .SelectMany(partition =>
            {
                var matcher = new CustomerAttendeeMatcher(CustomerCardAssembler.EmailsOf(partition.Contacts), partition.Account.Website, ownAddresses);
                return calendar.Meetings
                    .Where(m => m.Start < now && string.Equals(m.CalendarOwnerId, caller.UserId, StringComparison.OrdinalIgnoreCase))
                    .Where(m => m.Attendees.Any(matcher.IsCustomer))
                    .Select(m => (Partition: partition, Meeting: m, Customers: m.Attendees.Where(matcher.IsCustomer).ToArray()));
            })
            .DistinctBy(c => (c.Partition.Account.Id, c.Meeting.MeetingId))
            .OrderByDescending(c => c.Meeting.Start)
            .Take(MeetingLimit)
            .ToArray();
        var logged = await Task.WhenAll(candidates.Select(c =>
            MeetingLogService.IsMarkedAsync(store, caller.TenantId, c.Partition.Account.Id, c.Meeting.MeetingId, cancellationToken))).ConfigureAwait(false);
        return [.. candidates.Where((_, i) => !logged[i]).Select(c => new WorkItem<MeetingView>(
            c.Partition.Account.Id,
            c.Partition.Account.Name,
            new MeetingView(c.Meeting.MeetingId, c.Meeting.Start, c.Meeting.End, PeopleContextPolicy.CanSeeSubject(caller, c.Meeting) ? c.Meeting.Subject : null, c.Meeting.OrganizerName, c.Customers)))];
    }
}
