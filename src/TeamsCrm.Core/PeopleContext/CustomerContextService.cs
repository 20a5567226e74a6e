using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// The people and calendar context of one customer card. <see cref="Start"/> asks the directory before
/// the account is read — for the people this account had the last time it was shown (remembered per
/// tenant and account) — so the directory works in parallel with storage; <see cref="CompleteAsync"/>
/// uses that answer when it covers the card's people, and asks again otherwise (first view, new owner).
/// Never throws for directory trouble and never waits longer than <see cref="Budget"/> from the start:
/// then the card gets <see cref="CustomerPeopleContext.IsDegraded"/>.
/// </summary>
public sealed class CustomerContextService(IPeopleContextSource source, TimeProvider time)
{
    /// <summary>At most this many colleagues per card: owner first, then deal owners and handoff people.</summary>
    public const int PeopleLimit = 5;

    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(60);
    public static readonly TimeSpan LookAhead = TimeSpan.FromDays(30);

    private readonly PeopleHints _hints = new();

    /// <summary>Starts the directory request for what this account needed last time; null when it was never shown.</summary>
    public PendingPeopleContext Start(Caller viewer, string accountId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var startedAt = time.GetTimestamp();
        var hint = accountId is null ? null : _hints.Get(viewer.TenantId, accountId);
        var request = hint is null ? null : RequestFor(viewer, hint.Value.OwnerId, hint.Value.PeopleIds);
        return new PendingPeopleContext(startedAt, request, request is null ? null : AskAsync(request, cancellationToken));
    }

    public async Task<CustomerPeopleContext> CompleteAsync(Caller viewer, CustomerCard card, PendingPeopleContext pending, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(pending);
        var ownerId = card.Account.Owner.UserId;
        var peopleIds = PeopleOf(card);
        _hints.Set(viewer.TenantId, card.Account.Id, ownerId, peopleIds);
        var request = RequestFor(viewer, ownerId, peopleIds);
        var answer = request.IsCoveredBy(pending.Request) ? pending.Answer! : AskAsync(request, cancellationToken);
        var remaining = Budget - time.GetElapsedTime(pending.StartedAt);
        PeopleContextResult context;
        try
        {
            context = remaining > TimeSpan.Zero ? await answer.WaitAsync(remaining, time, cancellationToken).ConfigureAwait(false) : PeopleContextResult.Degraded;
        }
        catch (TimeoutException)
        {
            context = PeopleContextResult.Degraded;
        }

        return PeopleContextPolicy.ForViewer(viewer, context, ownerId, MatcherFor(card, context), time.GetUtcNow());
    }

    /// <summary>
    /// One meeting with the customer from the viewer's or the owner's calendar, with its customer attendees — read
    /// from the directory again (cached), so an action never relies on what a card said; null when there is none.
    /// </summary>
    public async Task<(Meeting Meeting, IReadOnlyList<MeetingAttendee> Customers)?> FindMeetingAsync(Caller viewer, CustomerCard card, string meetingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(card);
        var context = await AskAsync(RequestFor(viewer, card.Account.Owner.UserId, PeopleOf(card)), cancellationToken).ConfigureAwait(false);
        var matcher = MatcherFor(card, context);
        var meeting = context.Meetings
            .Where(m => m.MeetingId == meetingId && m.Attendees.Any(matcher.IsCustomer))
            .OrderByDescending(m => string.Equals(m.CalendarOwnerId, viewer.UserId, StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();
        return meeting is null ? null : (meeting, meeting.Attendees.Where(matcher.IsCustomer).ToArray());
    }

    /// <summary>
    /// One colleague's profile (title, presence, photo flag — unfiltered: pass it through
    /// <see cref="PeopleContextPolicy.ForViewer(Caller, PersonProfile)"/>), for the cards that name them (notifications,
    /// handoff cards). No calendar is read. Null when the directory has no such person, or cannot answer within
    /// <see cref="Budget"/>: directory trouble never blocks or fails what the profile decorates.
    /// </summary>
    public async Task<PersonProfile?> ProfileAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var today = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        try
        {
            var answer = await AskAsync(new PeopleContextRequest(tenantId, [userId], [], today, today), cancellationToken).WaitAsync(Budget, time, cancellationToken).ConfigureAwait(false);
            return answer.People.FirstOrDefault(p => string.Equals(p.UserId, userId, StringComparison.OrdinalIgnoreCase));
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>The viewer's own profile and calendar in the context window (for "meetings not yet logged").</summary>
    public Task<PeopleContextResult> OwnCalendarAsync(Caller viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return AskAsync(RequestFor(viewer, viewer.UserId, []), cancellationToken);
    }

    /// <summary>
    /// Who counts as the card's customer in a meeting: every contact of the account (by address, from the partition the
    /// card was read from — not only the key contacts it shows) and its website domain, never the tenant's own addresses.
    /// </summary>
    public static CustomerAttendeeMatcher MatcherFor(CustomerCard card, PeopleContextResult context) =>
        new(card?.ContactEmails ?? [], card?.Account.Website, context?.People.Where(p => !p.IsGuest).Select(p => p.Email) ?? []);

    private async Task<PeopleContextResult> AskAsync(PeopleContextRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await source.GetAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return PeopleContextResult.Degraded; // the source should not throw; if it does, the card still renders
        }
    }

    private PeopleContextRequest RequestFor(Caller viewer, string ownerId, IReadOnlyList<string> peopleIds)
    {
        var today = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var people = peopleIds.Append(viewer.UserId).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

        // A guest has no mailbox in this tenant: only the owner's calendar is read for them.
        string[] calendars = viewer.IsGuest ? [ownerId] : [viewer.UserId, ownerId];
        return new PeopleContextRequest(viewer.TenantId, people, [.. calendars.Distinct(StringComparer.OrdinalIgnoreCase)], today - LookBack, today + LookAhead)
        {
            ViewerId = viewer.IsGuest ? null : viewer.UserId, // a guest's context never uses a delegated token
        };
    }

    private static string[] PeopleOf(CustomerCard card) =>
        [.. new[] { card.Account.Owner.UserId }
            .Concat(card.OpenDeals.Select(d => d.Owner.UserId))
            .Concat(card.Handoffs.Where(h => h.IsPending).SelectMany(h => new[] { h.From.UserId, h.To.UserId }))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(PeopleLimit)];
}
