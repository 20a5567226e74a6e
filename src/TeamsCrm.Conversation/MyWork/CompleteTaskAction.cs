using TeamsCrm.Core.FollowUps;

namespace TeamsCrm.Conversation.MyWork;

/// <summary>The task list's "done" button: completes the task and answers with the list.</summary>
internal sealed class CompleteTaskAction(FollowUpService tasks, MyWorkCards lists) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.CompleteTask];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        if (!CardData.TryRecordIds(input.Data, CardFields.TaskId, out var accountId, out var taskId))
        {
            return Error(CrmError.NotFound(), context);
        }

        var done = await tasks.CompleteAsync(input.Caller, accountId, taskId, cancellationToken).ConfigureAwait(false);
        return done.IsSuccess ? Card(await lists.TasksAsync(input.Caller, context, cancellationToken).ConfigureAwait(false)) : ErrorAbout(done.Error!, context, accountId);
    }
}
