using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Meetings;

/// <summary>
/// "Meetings not yet logged" in my work: the past meetings of the caller's own calendar (the context window, 60
/// days) with customers of the accounts of their open deals (at most <see cref="AccountLimit"/>), newest first,
/// leaving out those among each account's recent interactions. The calendar is read once for all accounts.
/// Logging one from here is the same "Log this meeting" (once per meeting, however often it is offered).
/// </summary>
public sealed class UnloggedMeetingsService(MyWorkService myWork, AccountService accounts, CustomerContextService people, TimeProvider time)
{
    public const int AccountLimit = 10;

    public async Task<IReadOnlyList<WorkItem<MeetingView>>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.IsInternal(caller))
        {
            return [];
        }

        var calendarTask = people.OwnCalendarAsync(caller, cancellationToken);
        var deals = await myWork.OpenDealsAsync(caller, cancellationToken).ConfigureAwait(false);
        var cards = await Task.WhenAll(deals.Select(d => d.AccountId).Distinct(StringComparer.Ordinal).Take(AccountLimit)
            .Select(id => accounts.GetCustomerCardAsync(caller, id, cancellationToken))).ConfigureAwait(false);
        var calendar = await calendarTask.ConfigureAwait(false);
        var now = time.GetUtcNow();
        var found = new List<WorkItem<MeetingView>>();
        foreach (var card in cards.Where(c => c.IsSuccess && c.Value!.Permissions.CanLogInteraction).Select(c => c.Value!))
        {
            var matcher = CustomerContextService.MatcherFor(card, calendar);
            var logged = card.RecentInteractions.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            found.AddRange(calendar.Meetings
                .Where(m => m.Start < now && string.Equals(m.CalendarOwnerId, caller.UserId, StringComparison.OrdinalIgnoreCase))
                .Where(m => m.Attendees.Any(matcher.IsCustomer))
                .Where(m => !logged.Contains(MeetingInteractionIds.For(caller.TenantId, card.Account.Id, m.MeetingId)))
                .Select(m => new WorkItem<MeetingView>(card.Account.Id, card.Account.Name, new MeetingView(
                    m.MeetingId,
                    m.Start,
                    m.End,
                    PeopleContextPolicy.CanSeeSubject(caller, m) ? m.Subject : null,
                    m.OrganizerName,
                    [.. m.Attendees.Where(matcher.IsCustomer)]))));
        }

        return [.. found.OrderByDescending(u => u.Item.Start)];
    }
}
