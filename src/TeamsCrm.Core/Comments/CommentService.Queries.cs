using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Core.Comments;

/// <summary>Reading comments: one by id, and an account's comments newest first, page by page.</summary>
public sealed partial class CommentService
{
    /// <summary>One comment the caller may see (internal ones only for members, deal comments only with the deal).</summary>
    public async Task<CrmResult<Comment>> GetAsync(Caller caller, string accountId, string commentId, CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var comment = await store.GetRecordIfExistsAsync<Comment>(caller.TenantId, loaded.Value.Partition.Account.Id, commentId, cancellationToken).ConfigureAwait(false);
        return comment is not null && CustomerCardAssembler.CanSee(comment, loaded.Value.Access) ? comment : CrmError.NotFound();
    }

    /// <summary>The visible comments of an account (deleted ones keep their place), newest first.</summary>
    public Task<CrmResult<Page<Comment>>> ListAsync(Caller caller, string accountId, PageRequest page, CancellationToken cancellationToken = default) =>
        Paging.ListRecordsAsync<Comment>(store, caller, accountId, page, listAction: null, CustomerCardAssembler.CanSee, cancellationToken);
}
