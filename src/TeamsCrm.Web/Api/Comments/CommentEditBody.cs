using TeamsCrm.Core.Identity;

namespace TeamsCrm.Web.Api.Comments;

/// <summary>The new text and mentions of one's own comment.</summary>
public sealed record CommentEditBody(string? Text, IReadOnlyList<PersonRef>? Mentions = null);
