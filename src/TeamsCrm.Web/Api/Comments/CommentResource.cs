using System.Text.Json.Serialization;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Comments;

/// <summary>A comment on an account, or on one of its deals (<see cref="DealId"/>). A deleted comment keeps its place without its text.</summary>
public sealed record CommentResource(
    string Id,
    string AccountId,
    string? DealId,
    PersonRef Author,
    string Text,
    IReadOnlyList<PersonRef> Mentions,
    CommentVisibility Visibility,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool IsDeleted,
    [property: JsonPropertyName("etag")] string? ETag) : IApiResource
{
    public static CommentResource From(Comment comment) => new(
        comment.Id, comment.AccountId, comment.DealId, comment.Author, comment.Text, comment.Mentions, comment.Visibility,
        comment.CreatedAt, comment.EditedAt, comment.IsDeleted, ETags.For(comment.Version));
}
