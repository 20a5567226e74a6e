namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// How much history a model needs: at least <see cref="MinimumClosedDeals"/> closed deals and
/// <see cref="MinimumPerOutcome"/> of each outcome (won, lost); below that the score is rule-based. A quarter of the
/// closed deals, the latest by close date, is held out to measure the model (AUC) before it is retrained on all.
/// </summary>
public sealed record ScoringPolicy
{
    public int MinimumClosedDeals { get; init; } = 40;
    public int MinimumPerOutcome { get; init; } = 10;
    public double HeldOutShare { get; init; } = 0.25;
    /// <summary>The model's random seed: the same facts always give the same model and scores.</summary>
    public int Seed { get; init; } = 42;
    /// <summary>How many factors a score names.</summary>
    public int TopFactors { get; init; } = 4;
}
