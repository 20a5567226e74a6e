namespace TeamsCrm.Api.Benchmarks;

/// <summary>Latency samples of one operation, in milliseconds.</summary>
internal sealed class Samples(string name)
{
    private readonly List<double> _values = [];

    public string Name => name;

    public int Count => _values.Count;

    public async Task TimeAsync(Func<Task> operation)
    {
        var start = Stopwatch.GetTimestamp();
        await operation();
        _values.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    /// <summary>Nearest rank: the smallest sample that at least <paramref name="p"/> of all samples do not exceed.</summary>
    public double Percentile(double p)
    {
        var sorted = _values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Row() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Name} | {Count} | {Percentile(0.50):F2} | {Percentile(0.95):F2} | {Percentile(0.99):F2} |");
}
