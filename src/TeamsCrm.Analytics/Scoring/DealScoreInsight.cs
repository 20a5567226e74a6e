namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// A deal's explained score as a surface shows it: <see cref="Score"/> is the chance to win in whole percent (0–100),
/// <see cref="Factors"/> the top contributing factors, strongest first (each in percentage points; words via
/// <see cref="Explain"/>, en/de), <see cref="IsRuleBased"/> true for the cold-start score, and when the model it came
/// from was trained (null for the cold start).
/// </summary>
public sealed record DealScoreInsight(
    string AccountId,
    string DealId,
    string Title,
    DealStage Stage,
    int Score,
    bool IsRuleBased,
    IReadOnlyList<ScoreFactor> Factors,
    DateTimeOffset? ModelTrainedAt)
{
    public IReadOnlyList<string> Explain(CultureInfo culture) => [.. Factors.Select(f => f.Describe(culture))];

    internal static DealScoreInsight Of(Deal deal, DealScore score, DateTimeOffset? trainedAt) => new(
        deal.AccountId,
        deal.Id,
        deal.Title,
        deal.Stage,
        (int)Math.Round(100 * score.Probability, MidpointRounding.AwayFromZero),
        score.IsRuleBased,
        score.Factors,
        score.IsRuleBased ? null : trainedAt);
}
