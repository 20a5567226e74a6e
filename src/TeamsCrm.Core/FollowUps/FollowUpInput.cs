namespace TeamsCrm.Core.FollowUps;

/// <summary>A new follow-up task; the assignee defaults to the caller.</summary>
public sealed record FollowUpInput(string Title, PersonRef? Assignee = null, DateTimeOffset? DueAt = null, string? DealId = null)
{
    public CrmError? Validate() => new InputCheck()
        .Required("title", Title, FieldLimits.Name)
        .Optional("assignee.userId", Assignee?.UserId, FieldLimits.ShortText)
        .Optional("assignee.displayName", Assignee?.DisplayName, FieldLimits.PersonName)
        .ToError();
}
