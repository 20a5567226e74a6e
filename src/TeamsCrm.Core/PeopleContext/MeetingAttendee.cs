namespace TeamsCrm.Core.PeopleContext;

/// <summary>Someone invited to a meeting: a name (when the calendar has one) and an email address.</summary>
public sealed record MeetingAttendee(string? Name, string Email);
