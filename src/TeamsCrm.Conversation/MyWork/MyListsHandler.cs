namespace TeamsCrm.Conversation.MyWork;

/// <summary>"my deals", "my handoffs", "my tasks".</summary>
internal sealed class MyListsHandler(MyWorkCards lists) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.MyDeals, Intent.MyHandoffs, Intent.MyTasks];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken) => Reply(turn.Recognition.Intent switch
    {
        Intent.MyDeals => await lists.DealsAsync(turn.Caller, turn.Context, cancellationToken).ConfigureAwait(false),
        Intent.MyHandoffs => await lists.HandoffsAsync(turn.Caller, turn.Context, cancellationToken).ConfigureAwait(false),
        _ => await lists.TasksAsync(turn.Caller, turn.Context, cancellationToken).ConfigureAwait(false),
    });
}
