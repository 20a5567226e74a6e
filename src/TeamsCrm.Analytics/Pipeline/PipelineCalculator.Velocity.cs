namespace TeamsCrm.Analytics.Pipeline;

public static partial class PipelineCalculator
{
    /// <summary>
    /// Days per open stage: for each stage a deal entered, the time until it entered the next one (or, for its last
    /// open stage, until it closed). The stage a deal is still in does not count: its stay has not ended.
    /// </summary>
    private static List<StageVelocity> Velocity(IReadOnlyCollection<DealFact> cohort)
    {
        var stays = new Dictionary<DealStage, List<double>>();
        foreach (var deal in cohort)
        {
            var history = deal.StageHistory.OrderBy(h => h.EnteredAt).ToList();
            for (var i = 0; i < history.Count; i++)
            {
                var stage = history[i].Stage;
                if (!DealStages.IsOpen(stage))
                {
                    continue;
                }

                var left = i + 1 < history.Count ? history[i + 1].EnteredAt : deal.ClosedAt;
                if (left is { } end)
                {
                    (stays.TryGetValue(stage, out var list) ? list : stays[stage] = []).Add((end - history[i].EnteredAt).TotalDays);
                }
            }
        }

        return [.. StageOrder.Open.Select(stage => new StageVelocity(stage, DurationSummary.Of(stays.GetValueOrDefault(stage) ?? [])))];
    }
}
