using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Meetings;

/// <summary>
/// "Upcoming customer meetings" in My CRM: the coming meetings of the caller's own calendar (the context window looks
/// 30 days ahead) with customers of the accounts they own or have open deals on, soonest first, at most
/// <see cref="MeetingLimit"/>. The accounts are those of "meetings not yet logged" (at most
/// <see cref="AccountLimit"/>, each read once, checked against its partition); the calendar is read once, in parallel.
/// The subject only where <see cref="PeopleContextPolicy.CanSeeSubject"/> allows it. Members only: a guest has no
/// calendar in this tenant and owns no account, so a guest gets an empty list.
/// </summary>
public sealed class UpcomingMeetingsService(IAccountStore store, ICrmIndex index, CustomerContextService people, TimeProvider time)
{
    public const int AccountLimit = UnloggedMeetingsService.AccountLimit;
    public const int MeetingLimit = 10;

    public async Task<IReadOnlyList<WorkItem<MeetingView>>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var coming = await MeetingAccounts.CustomerMeetingsAsync(store, index, people, caller, AccountLimit, m => m.Start >= now, cancellationToken).ConfigureAwait(false);
        return [.. coming
            .OrderBy(w => w.Item.Start)
            .ThenBy(w => w.AccountName, StringComparer.CurrentCultureIgnoreCase)
            .Take(MeetingLimit)];
    }
}
