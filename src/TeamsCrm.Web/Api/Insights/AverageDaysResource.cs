using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>How many durations and their mean in whole days (null when there are none).</summary>
public sealed record AverageDaysResource(int Count, double? MeanDays)
{
    public static AverageDaysResource From(AverageDays days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new(days.Count, days.MeanDays);
    }
}
