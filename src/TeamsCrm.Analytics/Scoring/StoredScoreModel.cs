namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// A trained scorer as stored: when, on what (quality and policy), the reporting currency of its amount bands, the
/// owners' win rates at training time, the feature slots and baseline, and the FastTree model in ML.NET's format
/// (null for the rule-based cold start). <see cref="DealScorer.Import"/> turns it back into a scorer.
/// </summary>
public sealed record StoredScoreModel
{
    public required DateTimeOffset TrainedAt { get; init; }
    public required ModelQuality Quality { get; init; }
    public required string ReportingCurrency { get; init; }
    public required IReadOnlyList<OwnerRecord> Owners { get; init; }
    public IReadOnlyList<StoredSlot> Slots { get; init; } = [];
    public IReadOnlyList<float> Baseline { get; init; } = [];
    public byte[]? Model { get; init; }
}
