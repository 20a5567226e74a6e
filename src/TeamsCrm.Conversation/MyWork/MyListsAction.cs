
namespace TeamsCrm.Conversation.MyWork;

/// <summary>The help and list cards' buttons for the caller's own lists.</summary>
internal sealed class MyListsAction(MyWorkCards lists) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.ShowMyDeals, CardVerbs.ShowMyHandoffs, CardVerbs.ShowMyTasks, CardVerbs.ShowMyMeetings];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken) => Card(input.Verb switch
    {
        CardVerbs.ShowMyDeals => await lists.DealsAsync(input.Caller, context, cancellationToken).ConfigureAwait(false),
        CardVerbs.ShowMyHandoffs => await lists.HandoffsAsync(input.Caller, context, cancellationToken).ConfigureAwait(false),
        CardVerbs.ShowMyMeetings => await lists.MeetingsAsync(input.Caller, context, cancellationToken).ConfigureAwait(false),
        _ => await lists.TasksAsync(input.Caller, context, cancellationToken).ConfigureAwait(false),
    });
}
