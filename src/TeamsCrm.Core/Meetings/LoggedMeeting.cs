namespace TeamsCrm.Core.Meetings;

/// <summary>
/// The mark that a meeting was logged: stored with the meeting's interaction, in the same transaction, under the
/// interaction's id (<see cref="MeetingInteractionIds"/>) — so whether a meeting is logged is one point read by its id,
/// however long ago it was logged and wherever its interaction sits (an interaction's key holds its date, which moves
/// with the meeting). A second mark of the same meeting cannot be written: the meeting stays logged once.
/// </summary>
public sealed record LoggedMeeting : AccountRecord
{
    /// <summary>The meeting's id in the calendar (the iCalendar UID).</summary>
    public required string MeetingId { get; init; }

    public required DateTimeOffset LoggedAt { get; init; }
}
