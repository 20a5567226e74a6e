namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// A deal's chance to be won (0–1) and its top factors, strongest first. <see cref="IsRuleBased"/> tells the
/// cold-start score from the model's.
/// </summary>
public sealed record DealScore(string DealId, double Probability, IReadOnlyList<ScoreFactor> Factors, bool IsRuleBased)
{
    public IReadOnlyList<string> Explain(CultureInfo culture) => [.. Factors.Select(f => f.Describe(culture))];
}
