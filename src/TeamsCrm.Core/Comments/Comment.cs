namespace TeamsCrm.Core.Comments;

/// <summary>
/// A comment on an account, or on one of its deals when <see cref="DealId"/> is set.
/// Only the author edits or deletes it; a deleted comment keeps its place but loses its text.
/// </summary>
public sealed record Comment : AccountRecord
{
    public string? DealId { get; init; }
    public required PersonRef Author { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<PersonRef> Mentions { get; init; } = [];
    public CommentVisibility Visibility { get; init; } = CommentVisibility.Internal;
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? EditedAt { get; init; }
    public bool IsDeleted { get; init; }

    public CrmResult<Comment> Edit(Caller caller, string text, IReadOnlyList<PersonRef> mentions, DateTimeOffset now)
    {
        var check = CheckAuthor(caller);
        return check ?? (CrmResult<Comment>)(this with { Text = text, Mentions = mentions, EditedAt = now });
    }

    public CrmResult<Comment> Delete(Caller caller, DateTimeOffset now)
    {
        var check = CheckAuthor(caller);
        return check ?? (CrmResult<Comment>)(this with { Text = string.Empty, Mentions = [], IsDeleted = true, EditedAt = now });
    }

    private CrmError? CheckAuthor(Caller caller)
    {
        if (IsDeleted)
        {
            return CrmError.Rule(ErrorCodes.CommentDeleted);
        }

        return caller.UserId == Author.UserId ? null : CrmError.Rule(ErrorCodes.CommentOnlyAuthor);
    }
}
