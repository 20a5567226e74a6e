using TeamsCrm.Analytics.Statistics;

namespace TeamsCrm.Analytics.Pipeline;

/// <summary>How many durations, their mean and median in days (null when there are none).</summary>
public sealed record DurationSummary(int Count, double? MeanDays, double? MedianDays)
{
    internal static DurationSummary Of(IReadOnlyCollection<double> days) =>
        new(days.Count, Descriptive.Mean(days), Descriptive.Median(days));
}
