namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// What the score knows of a deal at one moment (its close for a closed deal, now for an open one): the account's
/// industry, size band and country, the deal's main product family and amount band, days since the account's last
/// meeting (null: none yet), interactions since the deal was created by channel, the furthest open stage reached, and
/// the owner's win rate before that moment (smoothed towards the tenant's).
/// </summary>
public sealed record DealFeatures
{
    public required string DealId { get; init; }
    public string? Industry { get; init; }
    public string? SizeBand { get; init; }
    public string? Country { get; init; }
    public string? ProductFamily { get; init; }
    public required string AmountBand { get; init; }
    public double? DaysSinceLastMeeting { get; init; }
    public required IReadOnlyDictionary<InteractionChannel, int> InteractionsByChannel { get; init; }
    public required DealStage StageReached { get; init; }
    public required double OwnerWinRate { get; init; }
}
