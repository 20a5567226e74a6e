namespace TeamsCrm.Analytics.Pipeline;

/// <summary>Of the deals that reached <see cref="From"/>, the share that reached <see cref="To"/> (or a later stage).</summary>
public sealed record StageConversion(DealStage From, DealStage To, int Reached, int Advanced)
{
    public double? Rate => Statistics.Descriptive.Rate(Advanced, Reached);
}
