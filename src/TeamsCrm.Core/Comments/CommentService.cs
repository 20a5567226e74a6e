using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Notifications;

namespace TeamsCrm.Core.Comments;

/// <summary>
/// Comments on accounts and deals. Internal is the default; partners may only write (and read)
/// shared comments. Only the author edits or deletes a comment. A new comment notifies the people it
/// mentions (durably, with the comment).
/// </summary>
public sealed partial class CommentService(IAccountStore store, TimeProvider time)
{
    private readonly AuditTrail _audit = new(time);

    public async Task<CrmResult<Comment>> AddAsync(Caller caller, string accountId, CommentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (partition, access) = loaded.Value;
        if (input.DealId is not null && (partition.FindDeal(input.DealId) is null || !access.CanSeeDeal(input.DealId)))
        {
            return CrmError.NotFound();
        }

        if (input.Validate() is { } invalid)
        {
            return invalid;
        }

        var action = input.Visibility == CommentVisibility.Internal ? CrmAction.AddInternalComment : CrmAction.AddSharedComment;
        if (!access.Can(action, input.DealId))
        {
            return caller.IsGuest && input.Visibility == CommentVisibility.Internal && access.Can(CrmAction.AddSharedComment, input.DealId)
                ? CrmError.Rule(ErrorCodes.GuestCommentsAreShared)
                : CrmError.Forbidden();
        }

        var now = time.GetUtcNow();
        var comment = new Comment
        {
            Id = CrmIds.New(time),
            AccountId = partition.Account.Id,
            DealId = input.DealId,
            Author = caller.AsPerson(),
            Text = input.Text.Trim(),
            Mentions = input.MentionList.DistinctBy(m => m.UserId).ToArray(),
            Visibility = input.Visibility,
            CreatedAt = now,
        };
        var changes = new ChangeSet()
            .Insert(comment)
            .Record(_audit.Entry(caller, comment.AccountId, "Created", "Comment", comment.Id, null, comment))
            .Notify(MentionNotifications(comment));
        return await ChangeCommitter.CommitNewAsync(store, caller, comment.AccountId, changes, version => comment with { Version = version }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One notification per mentioned person other than the author, written with the comment. Whether the person may
    /// see the comment is decided when it is sent, as that person (a mentioned guest never sees an internal comment).
    /// </summary>
    private IEnumerable<PendingNotification> MentionNotifications(Comment comment) =>
        comment.Mentions
            .Where(m => m.UserId != comment.Author.UserId)
            .Select(m => PendingNotification.For(
                NotificationKind.CommentMention, m.UserId, comment.AccountId, comment.Id, $"comment:{comment.Id}:{m.UserId}", comment.Author, time));

    public Task<CrmResult<Comment>> EditAsync(Caller caller, string accountId, string commentId, string text, IReadOnlyList<PersonRef>? mentions = null, CancellationToken cancellationToken = default) =>
        EditAsync(caller, accountId, commentId, text, mentions, expectedVersion: null, cancellationToken);

    public Task<CrmResult<Comment>> DeleteAsync(Caller caller, string accountId, string commentId, CancellationToken cancellationToken = default) =>
        DeleteAsync(caller, accountId, commentId, expectedVersion: null, cancellationToken);

    /// <summary>All visible comments of an account, newest first.</summary>
    public async Task<CrmResult<IReadOnlyList<Comment>>> ListAsync(Caller caller, string accountId, int take = 50, CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var visible = new List<Comment>();
        await foreach (var comment in store.QueryRecordsAsync<Comment>(caller.TenantId, loaded.Value.Partition.Account.Id, cancellationToken).ConfigureAwait(false))
        {
            if (CustomerCardAssembler.CanSee(comment, loaded.Value.Access))
            {
                visible.Add(comment);
                if (visible.Count >= take)
                {
                    break;
                }
            }
        }

        return visible;
    }

    /// <summary>Changes a comment the caller may see; with <paramref name="expectedVersion"/> only if it is still that version (else a conflict with the current comment).</summary>
    private async Task<CrmResult<Comment>> ChangeAsync(
        Caller caller, string accountId, string commentId, string? expectedVersion, string action, Func<Comment, CrmResult<Comment>> change, CancellationToken cancellationToken)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var before = CrmIds.IsWellFormed(commentId)
            ? await store.GetRecordIfExistsAsync<Comment>(caller.TenantId, loaded.Value.Partition.Account.Id, commentId, cancellationToken).ConfigureAwait(false)
            : null;
        if (before is null || !CustomerCardAssembler.CanSee(before, loaded.Value.Access))
        {
            return CrmError.NotFound();
        }

        if (ChangeCommitter.CheckExpectedVersion(expectedVersion, before.Version, before) is { } stale)
        {
            return stale;
        }

        var after = change(before);
        if (!after.IsSuccess)
        {
            return after.Error;
        }

        var changes = new ChangeSet()
            .Update(before, after.Value)
            .Record(_audit.Entry(caller, before.AccountId, action, "Comment", before.Id, before, after.Value));
        return await ChangeCommitter.CommitUpdateAsync<Comment>(
            store, caller, before.AccountId, before.Id, changes, version => after.Value with { Version = version }, cancellationToken).ConfigureAwait(false);
    }
}
