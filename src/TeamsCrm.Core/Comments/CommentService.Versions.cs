namespace TeamsCrm.Core.Comments;

/// <summary>Editing and deleting a comment only if it is still the version the caller read (else a conflict with the current comment).</summary>
public sealed partial class CommentService
{
    /// <summary>The author changes the text and mentions; with <paramref name="expectedVersion"/> only if nobody changed the comment since.</summary>
    public async Task<CrmResult<Comment>> EditAsync(
        Caller caller, string accountId, string commentId, string text, IReadOnlyList<PersonRef>? mentions, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var input = new CommentInput(text, mentions);
        if (input.Validate() is { } invalid)
        {
            return invalid;
        }

        var people = input.MentionList.DistinctBy(m => m.UserId).ToArray();
        return await ChangeAsync(caller, accountId, commentId, expectedVersion, "Edited", c => c.Edit(caller, text.Trim(), people, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The author deletes the comment (it keeps its place without its text); with <paramref name="expectedVersion"/> only if nobody changed it since.</summary>
    public Task<CrmResult<Comment>> DeleteAsync(Caller caller, string accountId, string commentId, string? expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller, accountId, commentId, expectedVersion, "Deleted", c => c.Delete(caller, time.GetUtcNow()), cancellationToken);
}
