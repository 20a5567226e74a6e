namespace TeamsCrm.Core.Workspace;

/// <summary>
/// Who changed what, from the audit trail (members only): <see cref="RecordKind"/> and <see cref="Action"/> as the
/// trail records them ("Contact", "Updated"), <see cref="Subject"/> the record's name or title when it has one.
/// </summary>
public sealed record AuditTimelineEntry(DateTimeOffset When, PersonRef Actor, string RecordKind, string Action, string? Subject) : TimelineEntry(When);
