namespace TeamsCrm.Storage.Benchmarks;

/// <summary>Latency samples of one operation, in milliseconds.</summary>
internal sealed class Measurement(string name)
{
    private readonly List<double> _samples = [];

    public string Name => name;

    public int Requests { get; set; }

    public int SequentialRoundTrips { get; set; }

    public async Task SampleAsync(Func<Task> operation)
    {
        var start = Stopwatch.GetTimestamp();
        await operation();
        _samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    public double Median => Percentile(0.5);

    public double P95 => Percentile(0.95);

    public double Percentile(double p)
    {
        var sorted = _samples.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
    }

    public string Row() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Name} | {Median:F2} | {P95:F2} | {Requests} | {SequentialRoundTrips} |");
}
