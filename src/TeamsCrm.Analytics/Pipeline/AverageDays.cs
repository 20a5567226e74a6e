namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// Durations in whole UTC days (a later day's number minus an earlier day's): how many and their total, so totals add
/// up across owners and months. The figure shown is the mean, <see cref="MeanDays"/> (null when there are none); no
/// median, because a median needs every duration and the summary keeps totals (docs/analytics.md).
/// </summary>
public sealed record AverageDays(int Count, long TotalDays)
{
    public static AverageDays None { get; } = new(0, 0);

    /// <summary>Days on average; null when <see cref="Count"/> is 0.</summary>
    public double? MeanDays => Count == 0 ? null : (double)TotalDays / Count;

    public AverageDays Plus(AverageDays other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Count + other.Count, TotalDays + other.TotalDays);
    }

    /// <summary>The whole UTC days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int Between(DateTimeOffset from, DateTimeOffset to) =>
        AnalyticsPeriod.UtcDay(to).DayNumber - AnalyticsPeriod.UtcDay(from).DayNumber;
}
