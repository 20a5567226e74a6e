namespace TeamsCrm.Core.FollowUps;

/// <summary>Reading follow-up tasks: one by id, and an account's tasks page by page (in the order they were created).</summary>
public sealed partial class FollowUpService
{
    /// <summary>One task; NotFound when the caller may not see the account's tasks (partners).</summary>
    public async Task<CrmResult<FollowUpTask>> GetAsync(Caller caller, string accountId, string taskId, CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var task = loaded.Value.Access.Can(CrmAction.ViewTasks)
            ? await store.GetRecordIfExistsAsync<FollowUpTask>(caller.TenantId, loaded.Value.Partition.Account.Id, taskId, cancellationToken).ConfigureAwait(false)
            : null;
        return task is null ? CrmError.NotFound() : task;
    }

    /// <summary>The account's tasks, open and done, in the order they were created; none for a partner (tasks are internal).</summary>
    public Task<CrmResult<Page<FollowUpTask>>> ListAsync(Caller caller, string accountId, PageRequest page, CancellationToken cancellationToken = default) =>
        Paging.ListRecordsAsync<FollowUpTask>(store, caller, accountId, page, CrmAction.ViewTasks, (_, _) => true, cancellationToken);
}
