namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// What of the directory's people and calendar context a viewer may see, decided with the access policy.
/// Members: every profile field (presence and manager included) and the customer meetings of their own
/// and the owner's calendar — the subject only of meetings in their own calendar that are not private
/// (someone else's meeting shows date and organiser). Guests: name and title only; meetings by date
/// alone (no subject, organiser or attendees, so no one offered as a new contact either).
/// </summary>
public static class PeopleContextPolicy
{
    public static CustomerPeopleContext ForViewer(
        Caller viewer,
        PeopleContextResult context,
        string? ownerId,
        CustomerAttendeeMatcher matcher,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(matcher);
        var internalViewer = AccessPolicy.IsInternal(viewer);
        var people = context.People.Select(p => ForViewer(viewer, p)).ToArray();
        var owner = people.FirstOrDefault(p => string.Equals(p.UserId, ownerId, StringComparison.OrdinalIgnoreCase));

        var withCustomer = context.Meetings
            .Where(m => m.Attendees.Any(matcher.IsCustomer))
            .GroupBy(m => m.MeetingId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(m => string.Equals(m.CalendarOwnerId, viewer.UserId, StringComparison.OrdinalIgnoreCase)).First())
            .ToArray();
        var last = withCustomer.Where(m => m.Start < now).MaxBy(m => m.Start);
        var next = withCustomer.Where(m => m.Start >= now).MinBy(m => m.Start);
        return new CustomerPeopleContext(
            owner,
            people,
            last is null ? null : View(last, viewer, internalViewer, matcher),
            next is null ? null : View(next, viewer, internalViewer, matcher),
            context.IsDegraded,
            internalViewer ? NewContactsOf([last, next], matcher) : []);
    }

    /// <summary>The customer attendees of these meetings who are not contacts yet, once each (by address), in meeting order.</summary>
    public static IReadOnlyList<MeetingAttendee> NewContactsOf(IEnumerable<Meeting?> meetings, CustomerAttendeeMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(matcher);
        return [.. meetings.OfType<Meeting>()
            .SelectMany(m => m.Attendees)
            .Where(matcher.IsNewContact)
            .DistinctBy(a => a.Email.Trim(), StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>One colleague's profile as the viewer may see it: everything for members, name and title for guests.</summary>
    public static PersonProfile ForViewer(Caller viewer, PersonProfile person)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(person);
        return AccessPolicy.IsInternal(viewer) ? person : NameAndTitle(person);
    }

    /// <summary>Whether the viewer may see this meeting's subject: a member, in their own calendar, not private.</summary>
    public static bool CanSeeSubject(Caller viewer, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(meeting);
        return AccessPolicy.IsInternal(viewer)
            && !meeting.IsPrivate
            && string.Equals(meeting.CalendarOwnerId, viewer.UserId, StringComparison.OrdinalIgnoreCase);
    }

    private static MeetingView View(Meeting meeting, Caller viewer, bool internalViewer, CustomerAttendeeMatcher matcher) => new(
        meeting.MeetingId,
        meeting.Start,
        meeting.End,
        CanSeeSubject(viewer, meeting) ? meeting.Subject : null,
        internalViewer ? meeting.OrganizerName : null,
        internalViewer ? meeting.Attendees.Where(matcher.IsCustomer).ToArray() : []);

    private static PersonProfile NameAndTitle(PersonProfile person) =>
        new(person.UserId, person.DisplayName, null, person.JobTitle, null, null, null, false, person.IsGuest);
}
