using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Meetings;

/// <summary>
/// "Log this meeting": turns a past meeting with the customer into one interaction (channel Meeting, its date, the
/// first attendee who is a contact, the subject where the caller may see it, else the customer attendees' names) —
/// exactly once per meeting id. The meeting is read again from the directory, never taken from the card, so only a
/// real meeting of the caller's or the owner's calendar with this customer can be logged.
/// </summary>
public sealed class MeetingLogService(IAccountStore store, InteractionService interactions, CustomerContextService people, TimeProvider time)
{
    private static readonly PartitionSlice EveryInteraction = new(0, int.MaxValue, false);

    public async Task<CrmResult<MeetingLogResult>> LogAsync(Caller caller, string accountId, string meetingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        // Every interaction of the account: an interaction's row key holds its date, so an earlier log of a meeting that
        // has moved since sits elsewhere and only its id finds it. Logging a meeting is rare; one partition range read.
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, EveryInteraction, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (partition, access) = loaded.Value!;
        if (!access.Can(CrmAction.LogInteraction))
        {
            return CrmError.Forbidden();
        }

        var found = string.IsNullOrWhiteSpace(meetingId)
            ? null
            : await people.FindMeetingAsync(caller, CustomerCardAssembler.Assemble(partition, access), meetingId, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return CrmError.NotFound();
        }

        var (meeting, customers) = found.Value;
        if (meeting.Start > time.GetUtcNow())
        {
            return CrmError.Rule(ErrorCodes.MeetingNotYetHeld);
        }

        var contacts = partition.Contacts;
        var contact = contacts.FirstOrDefault(c => customers.Any(a => SameAddress(a.Email, c.Email)));
        var summary = PeopleContextPolicy.CanSeeSubject(caller, meeting) && !string.IsNullOrWhiteSpace(meeting.Subject)
            ? meeting.Subject
            : string.Join(", ", customers.Select(a => a.Name ?? a.Email));
        var input = new InteractionInput(InteractionChannel.Meeting, InteractionDirection.Outbound, Clip(summary), meeting.Start, contact?.Id);
        var id = MeetingInteractionIds.For(caller.TenantId, partition.Account.Id, meeting.MeetingId);
        var suggestions = customers.Where(a => !contacts.Any(c => SameAddress(a.Email, c.Email))).DistinctBy(a => a.Email, StringComparer.OrdinalIgnoreCase).ToArray();
        if (partition.RecentInteractions.Any(i => i.Id == id))
        {
            return new MeetingLogResult(id, true, suggestions);
        }

        var logged = await interactions.LogMeetingAsync(caller, partition.Account.Id, input, id, meeting.MeetingId, cancellationToken).ConfigureAwait(false);
        return logged.IsSuccess ? new MeetingLogResult(id, false, suggestions)
            : logged.Error!.Kind == CrmErrorKind.Conflict ? new MeetingLogResult(id, true, suggestions)
            : logged.Error;
    }

    /// <summary>
    /// Whether the meeting is logged for the card's account: found among the interactions the card shows; else, when the
    /// card does not show them all (it shows the newest <see cref="CustomerCardAssembler.InteractionLimit"/>), by one
    /// point read of the meeting's mark (<see cref="LoggedMeeting"/>) — however long ago it was logged.
    /// </summary>
    public async Task<bool> IsLoggedAsync(Caller viewer, CustomerCard card, string meetingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(card);
        var id = MeetingInteractionIds.For(viewer.TenantId, card.Account.Id, meetingId);
        if (card.RecentInteractions.Any(i => i.Id == id))
        {
            return true;
        }

        return card.RecentInteractions.Count >= CustomerCardAssembler.InteractionLimit
            && await IsMarkedAsync(store, viewer.TenantId, card.Account.Id, meetingId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the meeting's mark exists in the account's partition: one point read by the meeting's interaction id.</summary>
    internal static async Task<bool> IsMarkedAsync(IAccountStore store, string tenantId, string accountId, string meetingId, CancellationToken cancellationToken) =>
        await store.GetRecordIfExistsAsync<LoggedMeeting>(tenantId, accountId, MeetingInteractionIds.For(tenantId, accountId, meetingId), cancellationToken).ConfigureAwait(false) is not null;

    private static bool SameAddress(string? a, string? b) => a is not null && string.Equals(a.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Clip(string text) => text.Length <= FieldLimits.Summary ? text : text[..FieldLimits.Summary];
}
