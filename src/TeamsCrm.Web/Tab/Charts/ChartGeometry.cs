namespace TeamsCrm.Web.Tab.Charts;

/// <summary>
/// Where bars go along the value axis of a given length: a linear scale from min(0, smallest) to max(0, largest), so
/// every bar starts at zero (the <see cref="Baseline"/>) and its length is proportional to its value; a negative value
/// (a loss-making margin) grows the other way.
/// </summary>
public sealed class ChartGeometry
{
    private readonly double _perUnit;

    public ChartGeometry(IReadOnlyCollection<decimal> values, double length)
    {
        ArgumentNullException.ThrowIfNull(values);
        var low = (double)Math.Min(0m, values.Count == 0 ? 0m : values.Min());
        var high = (double)Math.Max(0m, values.Count == 0 ? 0m : values.Max());
        _perUnit = high - low == 0 ? 0 : length / (high - low);
        Baseline = -low * _perUnit;
    }

    /// <summary>Where zero is, from the start of the axis.</summary>
    public double Baseline { get; }

    /// <summary>The bar of a value: where it starts on the axis and how long it is (never negative).</summary>
    public (double Start, double Length) Bar(decimal value)
    {
        var length = Math.Abs((double)value) * _perUnit;
        return value < 0 ? (Baseline - length, length) : (Baseline, length);
    }
}
