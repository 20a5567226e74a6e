using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// What the customer card needs besides the read model.
/// <see cref="RefreshUserIds"/>: Teams user ids (29:…) that refresh automatically (at most 60 kept; empty: manual refresh only).
/// <see cref="AccountTabUrl"/>: the deep link to the account's tab (no button when null).
/// <see cref="HandoffCandidates"/>: colleagues offered in the handoff recipient picker (type-ahead); when empty the card asks for a name instead.
/// <see cref="Today"/>: the viewer's date, the earliest due date a handoff may get.
/// <see cref="People"/>: the people and calendar context, already filtered for the viewer (nothing shown when null).
/// <see cref="ViewerId"/>: the viewer's user id (not listed among the colleagues on the account).
/// <see cref="LastMeeting"/>: whether the last meeting may be logged by the viewer, or is logged already.
/// <see cref="OwnerPhotoUrl"/>: the owner's signed photo link, shown next to "About {owner}" (none when null).
/// <see cref="NewContacts"/>: meeting attendees to offer as new contacts; null: those of <see cref="People"/>.
/// </summary>
public sealed record CustomerCardOptions(
    IReadOnlyList<string>? RefreshUserIds = null,
    Uri? AccountTabUrl = null,
    IReadOnlyList<PersonRef>? HandoffCandidates = null,
    DateOnly? Today = null,
    CustomerPeopleContext? People = null,
    string? ViewerId = null,
    MeetingLogState LastMeeting = MeetingLogState.None,
    Uri? OwnerPhotoUrl = null,
    IReadOnlyList<MeetingAttendee>? NewContacts = null)
{
    public static CustomerCardOptions None { get; } = new();
}
