namespace TeamsCrm.Core.Audit;

/// <summary>
/// Who changed what and when. <see cref="Before"/> and <see cref="After"/> are compact JSON of the
/// changed record, written in the same atomic transaction as the change itself.
/// </summary>
public sealed record AuditEntry
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string Action { get; init; }
    public required string RecordKind { get; init; }
    public required string RecordId { get; init; }
    public required PersonRef Actor { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
}
