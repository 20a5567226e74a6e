using System.Text.Json.Serialization;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Tasks;

/// <summary>A follow-up task on an account (and optionally one of its deals), assigned to one person.</summary>
public sealed record TaskResource(
    string Id,
    string AccountId,
    string? DealId,
    string Title,
    PersonRef Assignee,
    DateTimeOffset? DueAt,
    bool IsDone,
    DateTimeOffset? CompletedAt,
    PersonRef CreatedBy,
    DateTimeOffset CreatedAt,
    [property: JsonPropertyName("etag")] string? ETag) : IApiResource
{
    public static TaskResource From(FollowUpTask task) => new(
        task.Id, task.AccountId, task.DealId, task.Title, task.Assignee, task.DueAt, task.IsDone, task.CompletedAt, task.CreatedBy,
        task.CreatedAt, ETags.For(task.Version));
}
