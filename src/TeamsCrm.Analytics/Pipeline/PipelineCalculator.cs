namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// Computes the <see cref="PipelineFigures"/> of a scope and period from deal facts. Pure: the caller passes the day it
/// is (from its TimeProvider). Which deals each figure uses: the open pipeline and slipped deals are a snapshot of the
/// deals open now; the forecast covers the period's months and quarters; win rate, average won deal size and the sales
/// cycle use the deals closed in the period; conversion and velocity the deals created in the period (a cohort).
/// </summary>
public static partial class PipelineCalculator
{
    internal static List<StageConversion> Conversion(IReadOnlyCollection<DealFact> cohort)
    {
        var furthest = cohort.Select(StageOrder.FurthestReached).ToList();
        return [.. Enumerable.Range(0, StageOrder.Forward.Count - 1).Select(k => new StageConversion(
            StageOrder.Forward[k],
            StageOrder.Forward[k + 1],
            furthest.Count(f => f >= k),
            furthest.Count(f => f >= k + 1)))];
    }

    internal static List<SlippedDeal> Slipped(IEnumerable<DealFact> open, DateOnly today) =>
    [
        .. open
            .Where(d => d.ExpectedCloseDate is { } expected && expected < today)
            .Select(d => new SlippedDeal(d.Id, d.AccountId, d.OwnerId, d.ExpectedCloseDate!.Value, today.DayNumber - d.ExpectedCloseDate!.Value.DayNumber, d.Amount, d.Currency, d.Title))
            .OrderByDescending(s => s.DaysOverdue)
            .ThenBy(s => s.DealId, StringComparer.Ordinal),
    ];
}
