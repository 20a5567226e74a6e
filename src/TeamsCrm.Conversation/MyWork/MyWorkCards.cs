using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Meetings;
using TeamsCrm.Core.MyWork;

namespace TeamsCrm.Conversation.MyWork;

/// <summary>The caller's own lists: open deals, handoffs waiting for them, open tasks, meetings not yet logged.</summary>
internal sealed class MyWorkCards(MyWorkService myWork, DealService deals, UnloggedMeetingsService meetings)
{
    private const int HandoffTitlesLoaded = 15;

    public async Task<JsonObject> DealsAsync(Caller caller, CardContext context, CancellationToken cancellationToken) =>
        MyWorkCardBuilder.OpenDeals(await myWork.OpenDealsAsync(caller, cancellationToken).ConfigureAwait(false), context);

    public async Task<JsonObject> TasksAsync(Caller caller, CardContext context, CancellationToken cancellationToken) =>
        MyWorkCardBuilder.Tasks(await myWork.OpenTasksAsync(caller, cancellationToken).ConfigureAwait(false), context);

    public async Task<JsonObject> MeetingsAsync(Caller caller, CardContext context, CancellationToken cancellationToken) =>
        MyWorkCardBuilder.UnloggedMeetings(await meetings.ListAsync(caller, cancellationToken).ConfigureAwait(false), context);

    public async Task<JsonObject> HandoffsAsync(Caller caller, CardContext context, CancellationToken cancellationToken)
    {
        var waiting = await myWork.HandoffsWaitingAsync(caller, cancellationToken).ConfigureAwait(false);
        var shown = waiting.Take(HandoffTitlesLoaded).ToList();
        var found = await Task.WhenAll(shown.Select(w => deals.GetAsync(caller, w.AccountId, w.Item.DealId, cancellationToken))).ConfigureAwait(false);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var deal in found.Where(d => d.IsSuccess))
        {
            titles[deal.Value!.Id] = deal.Value.Title;
        }

        return MyWorkCardBuilder.HandoffsWaiting(waiting, context, titles);
    }
}
