using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Meetings;

/// <summary>
/// A meeting logged as an interaction: its id (the same for every log of the meeting), whether it had been logged
/// before (then nothing was written), and the customer attendees who are not contacts of the account yet.
/// </summary>
public sealed record MeetingLogResult(string InteractionId, bool WasLoggedBefore, IReadOnlyList<MeetingAttendee> NewContactSuggestions);
