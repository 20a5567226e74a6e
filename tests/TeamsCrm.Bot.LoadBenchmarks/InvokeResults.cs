namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>Latencies per action (conflict answers apart) and overall, and the failures, of one or more load phases.</summary>
internal sealed class InvokeResults
{
    private const int KeptProblems = 10;
    private readonly ConcurrentDictionary<string, Measurement> _byAction = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _problems = new();
    private int _failures;

    public Measurement All { get; } = new("**all invokes**");

    public int Failures => _failures;

    public IReadOnlyCollection<string> Problems => _problems;

    /// <summary>In the order of <see cref="ClickMix"/>, each action's conflict answers after it.</summary>
    public IEnumerable<Measurement> ByAction =>
        ClickMix.Weights.SelectMany(w => new[] { w.Verb, Conflict(w.Verb) })
            .Where(_byAction.ContainsKey)
            .Select(label => _byAction[label]);

    public void Record(CardClick click, TimeSpan elapsed, InvokeAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(click);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Kind == AnswerKind.Failure)
        {
            Interlocked.Increment(ref _failures);
            if (_problems.Count < KeptProblems)
            {
                _problems.Enqueue($"{click.Verb} {click.Data.ToJsonString()}: {answer.Problem}");
            }

            return;
        }

        var label = answer.Kind == AnswerKind.Conflict ? Conflict(click.Verb) : click.Verb;
        _byAction.GetOrAdd(label, name => new Measurement(name)).Add(elapsed.TotalMilliseconds);
        All.Add(elapsed.TotalMilliseconds);
    }

    public void RecordFailure(string problem)
    {
        Interlocked.Increment(ref _failures);
        if (_problems.Count < KeptProblems)
        {
            _problems.Enqueue(problem);
        }
    }

    public void Merge(InvokeResults other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (label, measurement) in other._byAction)
        {
            _byAction.GetOrAdd(label, name => new Measurement(name)).AddRange(measurement);
        }

        All.AddRange(other.All);
        Interlocked.Add(ref _failures, other._failures);
        foreach (var problem in other._problems.Take(KeptProblems - _problems.Count))
        {
            _problems.Enqueue(problem);
        }
    }

    private static string Conflict(string verb) => verb + " (conflict answer)";
}
