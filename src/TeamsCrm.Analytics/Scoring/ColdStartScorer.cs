namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// The rule-based score while there is too little history for a model. Start from the deal's probability (its own,
/// else its stage's default) and add, in percentage points: a meeting in the last 14 days +10, none in 60 days (or
/// never) −10; five or more interactions since the deal was created +5, none −5; the owner's (smoothed) win rate
/// against the tenant's, half the difference, at most ±10. The result is kept within 1–99 %.
/// </summary>
internal sealed class ColdStartScorer(DealFeatureExtractor extractor, double? tenantWinRate, int topFactors)
{
    public DealScore Score(DealFact deal, DateTimeOffset asOf)
    {
        var features = extractor.Extract(deal, asOf);
        var adjustments = new List<ScoreFactor>();
        var meeting = features.DaysSinceLastMeeting switch
        {
            <= 14 => 10,
            null or >= 60 => -10,
            _ => 0,
        };
        adjustments.Add(new ScoreFactor(FactorKind.LastMeeting, null, features.DaysSinceLastMeeting, meeting));
        var busiest = features.InteractionsByChannel.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First();
        var total = features.InteractionsByChannel.Values.Sum();
        adjustments.Add(new ScoreFactor(FactorKind.Interactions, busiest.Key.ToString(), busiest.Value, total >= 5 ? 5 : total == 0 ? -5 : 0));
        if (tenantWinRate is { } tenant)
        {
            adjustments.Add(new ScoreFactor(FactorKind.OwnerWinRate, null, features.OwnerWinRate, Math.Clamp((features.OwnerWinRate - tenant) * 50, -10, 10)));
        }

        var start = deal.EffectiveProbability;
        var probability = Math.Clamp(start + adjustments.Sum(a => a.Points), 1, 99) / 100;
        List<ScoreFactor> factors =
        [
            new ScoreFactor(FactorKind.StageBase, deal.Stage.ToString(), null, start),
            .. adjustments.Where(a => Math.Abs(a.Points) >= 0.5).OrderByDescending(a => Math.Abs(a.Points)).ThenBy(a => a.Kind).Take(topFactors),
        ];
        return new DealScore(deal.Id, probability, factors, IsRuleBased: true);
    }
}
