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
        var before = await ManagedTaskAsync(caller, accountId, taskId, cancellationToken).ConfigureAwait(false);
        if (!before.IsSuccess)
        {
            return before.Error;
        }

        if (input.Validate() is { } invalid)
        {
            return invalid;
        }

        if (ChangeCommitter.CheckExpectedVersion(expectedVersion, before.Value.Version, before.Value) is { } stale)
        {
            return stale;
        }

        var after = before.Value.Change(input.Title.Trim(), input.Assignee ?? caller.AsPerson(), input.DueAt);
        if (!after.IsSuccess)
        {
            return after.Error;
        }

        var action = after.Value.Assignee.UserId == before.Value.Assignee.UserId ? "Updated" : "Reassigned";
        return await CommitChangeAsync(caller, before.Value, after.Value, action, cancellationToken).ConfigureAwait(false);
    }
}
