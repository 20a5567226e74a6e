using TeamsCrm.Core.FollowUps;

namespace TeamsCrm.Conversation.MyWork;

/// <summary>The task list's "done" button: completes the task and answers with the list.</summary>
internal sealed class CompleteTaskAction(FollowUpService tasks, MyWorkCards lists) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.CompleteTask];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        var accountId = CardData.Id(input.Data, CardFields.AccountId);
        var taskId = CardData.Id(input.Data, CardFields.TaskId);
        if (accountId is null || taskId is null)
        {
            return Error(CrmError.NotFound(), context);
        }

        var done = await tasks.CompleteAsync(input.Caller, accountId, taskId, cancellationToken).ConfigureAwait(false);
        return done.IsSuccess ? Card(await lists.TasksAsync(input.Caller, context, cancellationToken).ConfigureAwait(false)) : ErrorAbout(done.Error!, context, accountId);
    }
}
