using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Web.Api.Tasks;

/// <summary>A new follow-up task, or the change of one (its deal stays); the assignee defaults to the caller.</summary>
public sealed record TaskBody(string? Title, PersonRef? Assignee = null, DateTimeOffset? DueAt = null, string? DealId = null)
{
    public FollowUpInput ToInput() => new(Title ?? string.Empty, Assignee, DueAt, DealId);
}
