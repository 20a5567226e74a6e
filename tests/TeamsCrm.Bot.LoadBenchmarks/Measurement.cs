namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>Latency samples of one kind of request, in milliseconds; safe to add to from concurrent users.</summary>
internal sealed class Measurement(string name)
{
    private readonly List<double> _samples = [];
    private readonly Lock _gate = new();

    public string Name => name;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _samples.Count;
            }
        }
    }

    public void Add(double milliseconds)
    {
        lock (_gate)
        {
            _samples.Add(milliseconds);
        }
    }

    public void AddRange(Measurement other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double[] copied;
        lock (other._gate)
        {
            copied = [.. other._samples];
        }

        lock (_gate)
        {
            _samples.AddRange(copied);
        }
    }

    /// <summary>Nearest rank: the smallest sample that at least <paramref name="p"/> of all samples do not exceed.</summary>
    public double Percentile(double p)
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = [.. _samples.Order()];
        }

        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>A table row: count, p50, p95, p99, max and the rate over <paramref name="wallTime"/> (none: "–", requests one after another).</summary>
    public string Row(TimeSpan? wallTime) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Name} | {Count} | {Percentile(0.50):F1} | {Percentile(0.95):F1} | {Percentile(0.99):F1} | {Percentile(1.0):F1} | {(wallTime is { } time ? (Count / time.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture) : "–")} |");
}
