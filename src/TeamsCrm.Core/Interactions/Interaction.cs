namespace TeamsCrm.Core.Interactions;

/// <summary>A customer touchpoint: who talked to whom, through which channel, when, and what about.</summary>
public sealed record Interaction : AccountRecord
{
    public string? ContactId { get; init; }
    public required InteractionChannel Channel { get; init; }
    public required InteractionDirection Direction { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string Summary { get; init; }
    public required PersonRef LoggedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The catalog products discussed (product interest for the analytics).</summary>
    public IReadOnlyList<string> ProductIds { get; init; } = [];
}
