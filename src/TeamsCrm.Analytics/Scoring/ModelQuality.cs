using TeamsCrm.Analytics.Texts;

namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// What the score stands on, for admins: the closed deals it learnt from (won, lost), whether it is the rule-based
/// cold start, and the model's AUC on the held-out deals (null for the cold start, or when the held-out deals have
/// one outcome only).
/// </summary>
public sealed record ModelQuality(int ClosedDeals, int Won, int Lost, bool IsRuleBased, double? Auc, int HeldOutDeals, ScoringPolicy Policy)
{
    public string Describe(CultureInfo culture) => (IsRuleBased, Auc) switch
    {
        (true, _) => AnalyticsTexts.Format("Score.ColdStart", culture, ClosedDeals, Won, Lost, Policy.MinimumClosedDeals, Policy.MinimumPerOutcome),
        (false, null) => AnalyticsTexts.Format("Score.ModelWithoutAuc", culture, HeldOutDeals),
        _ => AnalyticsTexts.Format("Score.Model", culture, Auc, HeldOutDeals),
    };
}
