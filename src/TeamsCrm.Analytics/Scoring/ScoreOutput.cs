namespace TeamsCrm.Analytics.Scoring;

/// <summary>What the model answers for one deal: the raw score and the calibrated probability.</summary>
internal sealed class ScoreOutput
{
    public float Score { get; set; }

    public float Probability { get; set; }
}
