namespace TeamsCrm.Analytics.Scoring;

/// <summary>What the model answers for one deal: the raw score, the calibrated probability and each slot's contribution to the raw score.</summary>
internal sealed class ScoreOutput
{
    public float Score { get; set; }

    public float Probability { get; set; }

    public float[] FeatureContributions { get; set; } = [];
}
