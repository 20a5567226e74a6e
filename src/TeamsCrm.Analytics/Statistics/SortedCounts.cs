namespace TeamsCrm.Analytics.Statistics;

/// <summary>Counting in an ascending array by binary search (O(log n) a question).</summary>
public static class SortedCounts
{
    /// <summary>How many values of the ascending <paramref name="ascending"/> are greater than <paramref name="value"/>.</summary>
    public static int Greater<T>(T[] ascending, T value)
        where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(ascending);
        var (low, high) = (0, ascending.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = ascending[middle].CompareTo(value) <= 0 ? (middle + 1, high) : (low, middle);
        }

        return ascending.Length - low;
    }
}
