using TeamsCrm.Core.Access;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Web.Api.Comments;

/// <summary>
/// A new comment: Internal (members only) or Shared (also the partners the account or deal is shared with). Left out, a
/// member's comment is Internal and a partner's Shared; a partner cannot write an Internal one.
/// </summary>
public sealed record CommentBody(string? Text, IReadOnlyList<PersonRef>? Mentions = null, CommentVisibility? Visibility = null, string? DealId = null)
{
    public CommentInput ToInput(Caller caller) =>
        new(Text ?? string.Empty, Mentions, Visibility ?? AccessPolicy.CommentVisibilityFor(caller, CommentVisibility.Internal), DealId);
}
