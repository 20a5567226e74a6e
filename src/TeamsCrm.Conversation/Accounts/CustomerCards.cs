using TeamsCrm.Core.Access;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Meetings;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Conversation.Accounts;

/// <summary>
/// The customer card as one caller sees it (or the error card), shared by every handler that answers with it. The
/// people and calendar context is asked for before the account is read, so the directory works while storage does.
/// <c>channelId</c> is the channel of the conversation the card is shown in (from the activity, never from card data):
/// when that channel's tab shows the account, "Open in Teams tab" opens it there, else the personal tab.
/// </summary>
internal sealed class CustomerCards(
    AccountService accounts, CustomerContextService people, MeetingLogService meetings, IPersonPhotoLinks photos, AccountTabLinks tabs, TimeProvider time)
{
    public Task<JsonObject> CardOrErrorAsync(Caller caller, string? accountId, CardContext context, IReadOnlyList<string>? refreshUserIds, string? channelId, CancellationToken cancellationToken) =>
        CardOrErrorAsync(caller, accountId, context, refreshUserIds, channelId, null, cancellationToken);

    /// <summary>The customer card, offering <paramref name="newContacts"/> (a just logged meeting's attendees) before those of the card's own meetings.</summary>
    public async Task<JsonObject> CardOrErrorAsync(
        Caller caller,
        string? accountId,
        CardContext context,
        IReadOnlyList<string>? refreshUserIds,
        string? channelId,
        IReadOnlyList<MeetingAttendee>? newContacts,
        CancellationToken cancellationToken)
    {
        if (accountId is null)
        {
            return ErrorCardBuilder.Build(CrmError.NotFound(), context);
        }

        var pending = people.Start(caller, accountId, cancellationToken);
        var card = await accounts.GetCustomerCardAsync(caller, accountId, cancellationToken).ConfigureAwait(false);
        if (!card.IsSuccess)
        {
            return ErrorCardBuilder.Build(card.Error!, context);
        }

        var directory = await people.CompleteAsync(caller, card.Value!, pending, cancellationToken).ConfigureAwait(false);
        var offers = newContacts is null ? null : newContacts.Concat(directory.NewContacts).DistinctBy(a => a.Email.Trim(), StringComparer.OrdinalIgnoreCase).ToArray();
        var lastMeeting = await LastMeetingStateAsync(caller, card.Value!, directory, cancellationToken).ConfigureAwait(false);
        var tab = await tabs.ForAsync(caller, card.Value!, channelId, cancellationToken).ConfigureAwait(false);
        return Build(caller, card.Value!, context, refreshUserIds, tab, directory, offers, lastMeeting);
    }

    /// <summary>The customer card for this viewer in the conversation's channel (if any), without people context.</summary>
    public async Task<JsonObject> BuildAsync(Caller viewer, CustomerCard card, CardContext context, IReadOnlyList<string>? refreshUserIds, string? channelId, CancellationToken cancellationToken)
    {
        var tab = await tabs.ForAsync(viewer, card, channelId, cancellationToken).ConfigureAwait(false);
        return Build(viewer, card, context, refreshUserIds, tab);
    }

    /// <summary>
    /// The customer card for this viewer. A guest's handoff picker offers only the members who handed them a deal
    /// (nobody else may receive it from them); a member types a name, looked up when sent.
    /// </summary>
    private JsonObject Build(
        Caller viewer,
        CustomerCard card,
        CardContext context,
        IReadOnlyList<string>? refreshUserIds,
        Uri? tab,
        CustomerPeopleContext? directory = null,
        IReadOnlyList<MeetingAttendee>? newContacts = null,
        MeetingLogState lastMeeting = MeetingLogState.None)
    {
        var candidates = AccessPolicy.CanSearchPeople(viewer) ? null : card.HandBackRecipients;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), context.TimeZone).DateTime);
        return CustomerCardBuilder.Build(card, context, new CustomerCardOptions(
            refreshUserIds, tab, candidates, today, directory, viewer.UserId, lastMeeting, OwnerPhoto(viewer, directory), newContacts));
    }

    /// <summary>
    /// The owner's photo link when the directory has a photo the viewer may see: <see cref="PeopleContextPolicy"/> has
    /// already cleared <see cref="PersonProfile.HasPhoto"/> for a guest, so a guest's card links no photo.
    /// </summary>
    private Uri? OwnerPhoto(Caller viewer, CustomerPeopleContext? directory) =>
        directory?.Owner is { HasPhoto: true } owner ? photos.PhotoUrl(viewer.TenantId, owner.UserId) : null;

    /// <summary>
    /// "Log this meeting" for a viewer who may log interactions, unless the meeting is logged: among the card's recent
    /// interactions, else (only when the card does not show them all) by one point read of the meeting's mark.
    /// </summary>
    private async Task<MeetingLogState> LastMeetingStateAsync(Caller viewer, CustomerCard card, CustomerPeopleContext directory, CancellationToken cancellationToken)
    {
        if (directory.LastMet is not { } last || !card.Permissions.CanLogInteraction)
        {
            return MeetingLogState.None;
        }

        return await meetings.IsLoggedAsync(viewer, card, last.MeetingId, cancellationToken).ConfigureAwait(false) ? MeetingLogState.Logged : MeetingLogState.CanLog;
    }

    /// <summary>The account's name as the caller may see it, or null when it does not exist for them.</summary>
    public async Task<string?> NameAsync(Caller caller, string accountId, CancellationToken cancellationToken)
    {
        var name = await accounts.GetNameAsync(caller, accountId, cancellationToken).ConfigureAwait(false);
        return name.IsSuccess ? name.Value : null;
    }
}
