namespace TeamsCrm.Core.FollowUps;

/// <summary>Changing an open task: its title, due time and assignee (reassigning moves it to the new person's list).</summary>
public sealed partial class FollowUpService
{
    /// <summary>
    /// Replaces the task's title, assignee (the caller when none is given) and due time; with
    /// <paramref name="expectedVersion"/> only if nobody changed the task since. The task's deal stays. A done task is
    /// not changed any more.
    /// </summary>
    public async Task<CrmResult<FollowUpTask>> UpdateAsync(
        Caller caller, string accountId, string taskId, FollowUpInput input, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
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

        if (input.Validate() is { } invalid)
        {
            return invalid;
        }

        if (ChangeCommitter.CheckExpectedVersion(expectedVersion, before.Version, before) is { } stale)
        {
            return stale;
        }

        var after = before.Change(input.Title.Trim(), input.Assignee ?? caller.AsPerson(), input.DueAt);
        if (!after.IsSuccess)
        {
            return after.Error;
        }

        var action = after.Value.Assignee.UserId == before.Assignee.UserId ? "Updated" : "Reassigned";
        var changes = new ChangeSet()
            .Update(before, after.Value)
            .Record(_audit.Entry(caller, before.AccountId, action, "Task", before.Id, before, after.Value));
        return await ChangeCommitter.CommitUpdateAsync<FollowUpTask>(
            store, caller, before.AccountId, before.Id, changes, version => after.Value with { Version = version }, cancellationToken).ConfigureAwait(false);
    }
}
