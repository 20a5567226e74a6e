namespace TeamsCrm.Analytics.Facts;

/// <summary>An account's attributes the segments are cut by: industry, size band and country (each may be unknown).</summary>
public sealed record AccountFact
{
    public required string Id { get; init; }
    public string? Industry { get; init; }
    public string? SizeBand { get; init; }
    public string? Country { get; init; }
}
