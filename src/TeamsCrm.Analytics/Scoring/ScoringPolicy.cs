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

    /// <summary>Rejects a policy that could not train or measure a model, naming the setting.</summary>
    public void Validate()
    {
        Require(MinimumPerOutcome >= 2, nameof(MinimumPerOutcome), "must be at least 2");
        Require(MinimumClosedDeals >= 2 * MinimumPerOutcome, nameof(MinimumClosedDeals), "must be at least twice MinimumPerOutcome");
        Require(HeldOutShare is > 0 and < 1, nameof(HeldOutShare), "must be between 0 and 1");
        Require(TopFactors >= 1, nameof(TopFactors), "must be at least 1");
    }

    private static void Require(bool valid, string setting, string rule)
    {
        if (!valid)
        {
            throw new ArgumentException($"Scoring setting {setting} {rule}.", setting);
        }
    }
}
