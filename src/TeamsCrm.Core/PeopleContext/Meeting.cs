namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// A meeting in one colleague's calendar. <see cref="MeetingId"/> identifies the meeting across
/// calendars (the iCalendar UID: the same meeting in two attendees' calendars has one id), so a
/// meeting is logged once however many calendars show it. <see cref="IsPrivate"/>: marked private
/// or personal by its organiser; its subject is never shown to anyone else.
/// </summary>
public sealed record Meeting(
    string MeetingId,
    string CalendarOwnerId,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? Subject,
    string? OrganizerName,
    string? OrganizerEmail,
    IReadOnlyList<MeetingAttendee> Attendees,
    bool IsPrivate = false);
