namespace TeamsCrm.Core.FollowUps;

/// <summary>A follow-up on an account (and optionally one of its deals), assigned to one person.</summary>
public sealed record FollowUpTask : AccountRecord
{
    public string? DealId { get; init; }
    public required string Title { get; init; }
    public required PersonRef Assignee { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public bool IsDone { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public required PersonRef CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>A new title, assignee and due time for an open task; a done task stays as it was done.</summary>
    public CrmResult<FollowUpTask> Change(string title, PersonRef assignee, DateTimeOffset? dueAt) =>
        IsDone ? CrmError.Rule(ErrorCodes.TaskAlreadyDone) : this with { Title = title, Assignee = assignee, DueAt = dueAt };

    public CrmResult<FollowUpTask> Complete(DateTimeOffset now) =>
        IsDone ? CrmError.Rule(ErrorCodes.TaskAlreadyDone) : this with { IsDone = true, CompletedAt = now };
}
