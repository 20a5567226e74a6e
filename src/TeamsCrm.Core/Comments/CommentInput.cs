namespace TeamsCrm.Core.Comments;

/// <summary>A new comment on an account, or on one of its deals when <see cref="DealId"/> is set.</summary>
public sealed record CommentInput(string Text, IReadOnlyList<PersonRef>? Mentions = null, CommentVisibility Visibility = CommentVisibility.Internal, string? DealId = null)
{
    public IReadOnlyList<PersonRef> MentionList => Mentions ?? [];

    public CrmError? Validate() => new InputCheck()
        .RequiredText("text", Text, FieldLimits.CommentText)
        .Count("mentions", MentionList, FieldLimits.Mentions)
        .Defined("visibility", Visibility)
        .ToError();
}
