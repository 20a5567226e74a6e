namespace TeamsCrm.Analytics.Statistics;

/// <summary>Means and medians that answer null for no values instead of throwing or inventing a zero.</summary>
public static class Descriptive
{
    public static double? Mean(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0 ? null : values.Average();
    }

    /// <summary>The middle value; the mean of the two middle values for an even count.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>A share, or null when there is nothing to divide by.</summary>
    public static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
