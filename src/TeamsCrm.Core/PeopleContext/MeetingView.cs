namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// A meeting with the customer as one viewer may see it: <see cref="Subject"/> only from the
/// viewer's own calendar (never for a guest, never for a private meeting); <see cref="CustomerAttendees"/>
/// and <see cref="OrganizerName"/> empty/null for a guest.
/// </summary>
public sealed record MeetingView(
    string MeetingId,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? Subject,
    string? OrganizerName,
    IReadOnlyList<MeetingAttendee> CustomerAttendees);
