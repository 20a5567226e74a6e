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
        // A task the caller may not manage does not exist for them: "forbidden" is answered as "not found".
        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.ManageTasks, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error.Kind == CrmErrorKind.Forbidden ? CrmError.NotFound() : gate.Error;
        }

        var before = CrmIds.IsWellFormed(taskId)
            ? await store.GetRecordIfExistsAsync<FollowUpTask>(caller.TenantId, gate.Value.Partition.Account.Id, taskId, cancellationToken).ConfigureAwait(false)
            : null;
        if (before is null)
        {
            return CrmError.NotFound();
        }

        var after = before.Complete(time.GetUtcNow());
        if (!after.IsSuccess)
        {
            return after.Error;
        }

        var changes = new ChangeSet()
            .Update(before, after.Value)
            .Record(_audit.Entry(caller, before.AccountId, "Completed", "Task", before.Id, before, after.Value));
        return await ChangeCommitter.CommitUpdateAsync<FollowUpTask>(
            store, caller, before.AccountId, before.Id, changes, version => after.Value with { Version = version }, cancellationToken).ConfigureAwait(false);
    }
}
