namespace TeamsCrm.Analytics.Scoring;

/// <summary>One deal for ML.NET: the outcome (won) and the feature vector of <see cref="FeatureSchema"/>.</summary>
internal sealed class ScoreRow
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}
