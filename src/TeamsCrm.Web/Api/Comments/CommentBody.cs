using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Web.Api.Comments;

/// <summary>A new comment: Internal (members only, the default) or Shared (also the partners the account or deal is shared with; a partner's always is).</summary>
public sealed record CommentBody(string? Text, IReadOnlyList<PersonRef>? Mentions = null, CommentVisibility? Visibility = null, string? DealId = null)
{
    public CommentInput ToInput() => new(Text ?? string.Empty, Mentions, Visibility ?? CommentVisibility.Internal, DealId);
}
