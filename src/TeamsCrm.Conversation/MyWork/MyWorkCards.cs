using TeamsCrm.Core.Meetings;
using TeamsCrm.Core.MyWork;

namespace TeamsCrm.Conversation.MyWork;

/// <summary>The caller's own lists: open deals, handoffs waiting for them, open tasks, meetings not yet logged.</summary>
internal sealed class MyWorkCards(MyWorkService myWork, UnloggedMeetingsService meetings)
{
    public async Task<JsonObject> DealsAsync(Caller caller, CardContext context, CancellationToken cancellationToken) =>
        MyWorkCardBuilder.OpenDeals(await myWork.MyDealsAsync(caller, cancellationToken).ConfigureAwait(false), context);

    public async Task<JsonObject> TasksAsync(Caller caller, CardContext context, CancellationToken cancellationToken) =>
        MyWorkCardBuilder.Tasks(await myWork.OpenTasksAsync(caller, cancellationToken).ConfigureAwait(false), context);

    public async Task<JsonObject> MeetingsAsync(Caller caller, CardContext context, CancellationToken cancellationToken) =>
        MyWorkCardBuilder.UnloggedMeetings(await meetings.ListAsync(caller, cancellationToken).ConfigureAwait(false), context);

    public async Task<JsonObject> HandoffsAsync(Caller caller, CardContext context, CancellationToken cancellationToken) =>
        MyWorkCardBuilder.HandoffsWaiting(await myWork.HandoffsWaitingAsync(caller, cancellationToken).ConfigureAwait(false), context);
}
