namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// The people and calendar part of one customer card, already filtered for its viewer by
/// <see cref="PeopleContextPolicy"/>: the account owner's and the other colleagues' profiles, the last and
/// next meeting with the customer, and whether the directory could not answer in full (the card then says so quietly).
/// <see cref="NewContacts"/>: the customer attendees of those two meetings who are not contacts of the account yet (by
/// address), once each — offered as new contacts; always empty for a guest, who sees no attendees.
/// </summary>
public sealed record CustomerPeopleContext(
    PersonProfile? Owner,
    IReadOnlyList<PersonProfile> People,
    MeetingView? LastMet,
    MeetingView? NextMeeting,
    bool IsDegraded,
    IReadOnlyList<MeetingAttendee> NewContacts)
{
    public static CustomerPeopleContext None { get; } = new(null, [], null, null, false, []);

    public static CustomerPeopleContext Unavailable { get; } = new(null, [], null, null, true, []);
}
