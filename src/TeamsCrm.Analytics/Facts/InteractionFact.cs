namespace TeamsCrm.Analytics.Facts;

/// <summary>A touchpoint: which account and contact, which channel, which direction, when, and the products discussed.</summary>
public sealed record InteractionFact
{
    public required string AccountId { get; init; }
    public string? ContactId { get; init; }
    public required InteractionChannel Channel { get; init; }
    public required InteractionDirection Direction { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public IReadOnlyList<string> ProductIds { get; init; } = [];
}
