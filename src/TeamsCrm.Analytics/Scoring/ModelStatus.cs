using TeamsCrm.Analytics.Texts;

namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// What admins see of a tenant's deal score: rule-based cold start or model, when it was trained, the closed deals it
/// learnt from (won, lost), the model's AUC on the held-out deals (null: cold start, or not measurable), and — for the
/// cold start — how many more closed deals a model needs (<see cref="MoreClosedDealsNeeded"/>: enough in total and of
/// each outcome).
/// </summary>
public sealed record ModelStatus(DateTimeOffset TrainedAt, ModelQuality Quality)
{
    public bool IsRuleBased => Quality.IsRuleBased;

    public int MoreClosedDealsNeeded => !Quality.IsRuleBased
        ? 0
        : Math.Max(
            Quality.Policy.MinimumClosedDeals - Quality.ClosedDeals,
            Math.Max(0, Quality.Policy.MinimumPerOutcome - Quality.Won) + Math.Max(0, Quality.Policy.MinimumPerOutcome - Quality.Lost));

    /// <summary>"Model score (AUC 0.88 on 269 held-out deals)." or "Cold start: 12 more closed deals needed …" in the reader's language.</summary>
    public string Describe(CultureInfo culture) => IsRuleBased
        ? AnalyticsTexts.Format("Score.ColdStartNeeded", culture, MoreClosedDealsNeeded, Quality.ClosedDeals, Quality.Won, Quality.Lost)
        : Quality.Describe(culture);
}
