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
        var now = time.GetUtcNow();
        var past = await MeetingAccounts.CustomerMeetingsAsync(store, index, people, caller, AccountLimit, m => m.Start < now, cancellationToken).ConfigureAwait(false);
        var candidates = past.OrderByDescending(w => w.Item.Start).Take(MeetingLimit).ToArray();
        var logged = await Task.WhenAll(candidates.Select(w =>
            MeetingLogService.IsMarkedAsync(store, caller.TenantId, w.AccountId, w.Item.MeetingId, cancellationToken))).ConfigureAwait(false);
        return [.. candidates.Where((_, i) => !logged[i])];
    }
}
