namespace TeamsCrm.Core.FollowUps;

/// <summary>Follow-up tasks on accounts: create, change (reassign) and complete.</summary>
public sealed partial class FollowUpService(IAccountStore store, TimeProvider time)
{
    private readonly AuditTrail _audit = new(time);

    public async Task<CrmResult<FollowUpTask>> CreateAsync(Caller caller, string accountId, FollowUpInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.ManageTasks, input.Validate, cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var partition = gate.Value.Partition;
        if (input.DealId is not null && partition.FindDeal(input.DealId) is null)
        {
            return CrmError.NotFound();
        }

        var now = time.GetUtcNow();
        var task = new FollowUpTask
        {
            Id = CrmIds.New(time),
            AccountId = partition.Account.Id,
            DealId = input.DealId,
            Title = input.Title.Trim(),
            Assignee = input.Assignee ?? caller.AsPerson(),
            DueAt = input.DueAt,
            CreatedBy = caller.AsPerson(),
            CreatedAt = now,
        };
        var changes = new ChangeSet()
            .Insert(task)
            .Record(_audit.Entry(caller, task.AccountId, "Created", "Task", task.Id, null, task));
        return await ChangeCommitter.CommitNewAsync(store, caller, task.AccountId, changes, version => task with { Version = version }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CrmResult<FollowUpTask>> CompleteAsync(Caller caller, string accountId, string taskId, CancellationToken cancellationToken = default)
    {
        var before = await ManagedTaskAsync(caller, accountId, taskId, cancellationToken).ConfigureAwait(false);
        if (!before.IsSuccess)
        {
            return before.Error;
        }

        var after = before.Value.Complete(time.GetUtcNow());
        return after.IsSuccess ? await CommitChangeAsync(caller, before.Value, after.Value, "Completed", cancellationToken).ConfigureAwait(false) : after.Error;
    }

    /// <summary>A task the caller may manage; one they may not does not exist for them ("forbidden" is answered as "not found").</summary>
    private async Task<CrmResult<FollowUpTask>> ManagedTaskAsync(Caller caller, string accountId, string taskId, CancellationToken cancellationToken)
    {
        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.ManageTasks, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error.Kind == CrmErrorKind.Forbidden ? CrmError.NotFound() : gate.Error;
        }

        var task = CrmIds.IsWellFormed(taskId)
            ? await store.GetRecordIfExistsAsync<FollowUpTask>(caller.TenantId, gate.Value.Partition.Account.Id, taskId, cancellationToken).ConfigureAwait(false)
            : null;
        return task is null ? CrmError.NotFound() : task;
    }

    private Task<CrmResult<FollowUpTask>> CommitChangeAsync(Caller caller, FollowUpTask before, FollowUpTask after, string action, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet()
            .Update(before, after)
            .Record(_audit.Entry(caller, before.AccountId, action, "Task", before.Id, before, after));
        return ChangeCommitter.CommitUpdateAsync<FollowUpTask>(store, caller, before.AccountId, before.Id, changes, version => after with { Version = version }, cancellationToken);
    }
}
