namespace TeamsCrm.Analytics.Pipeline;

public static partial class PipelineCalculator
{
    /// <summary>
    /// Whole days per open stage, in pipeline order: for each stage a deal entered, the days until it entered the next
    /// one (or, for its last open stage, until it closed). The stage a deal is still in does not count: its stay has
    /// not ended. Days are UTC day numbers apart (<see cref="AverageDays.Between"/>).
    /// </summary>
    internal static IEnumerable<KeyValuePair<DealStage, List<int>>> Stays(IReadOnlyCollection<DealFact> cohort)
    {
        var stays = StageOrder.Open.ToDictionary(stage => stage, _ => new List<int>());
        foreach (var deal in cohort)
        {
            foreach (var (stage, days) in StaysOf(deal))
            {
                stays[stage].Add(days);
            }
        }

        return StageOrder.Open.Select(stage => KeyValuePair.Create(stage, stays[stage]));
    }

    /// <summary>One deal's finished stays in open stages: (stage, whole days).</summary>
    public static IEnumerable<(DealStage Stage, int Days)> StaysOf(DealFact deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var history = deal.StageHistory.OrderBy(h => h.EnteredAt).ToList();
        for (var i = 0; i < history.Count; i++)
        {
            var left = i + 1 < history.Count ? history[i + 1].EnteredAt : deal.ClosedAt;
            if (DealStages.IsOpen(history[i].Stage) && left is { } end)
            {
                yield return (history[i].Stage, AverageDays.Between(history[i].EnteredAt, end));
            }
        }
    }
}
