using TeamsCrm.Core.Comments;

namespace TeamsCrm.Core.Workspace;

/// <summary>The newest comments the viewer may see, newest first; <see cref="HasMore"/> when older ones exist.</summary>
public sealed record CommentPage(IReadOnlyList<Comment> Items, bool HasMore)
{
    public static CommentPage Empty { get; } = new([], false);
}
