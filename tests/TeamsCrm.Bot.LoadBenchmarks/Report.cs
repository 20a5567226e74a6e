namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>The Markdown the run prints (docs/performance.md quotes it): latencies, ratios to the floor, budget, load.</summary>
internal static class Report
{
    private const double BudgetP99Milliseconds = 300;

    public static void Print(
        LoadSettings settings,
        IReadOnlyList<RoundResult> rounds,
        InvokeResults warmup,
        (CpuUse Invokes, CpuUse Floor) cpu,
        IReadOnlyDictionary<string, int> outbound,
        (string Start, string End) loadAverage)
    {
        var total = new InvokeResults();
        var floor = new Measurement("floor: 3 parallel range queries (raw Azure.Data.Tables)");
        foreach (var round in rounds)
        {
            total.Merge(round.Invokes);
            floor.AddRange(round.Floor);
        }

        var invokeTime = rounds.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.InvokeTime);
        var floorTime = rounds.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.FloorTime);
        Line($"{settings.Users} concurrent users, {total.All.Count:N0} invokes in {rounds.Count} rounds after {settings.Warmup:N0} warm-up invokes.");
        Line($"Each round's invokes run next to {settings.InvokesPerRound:N0} floor reads at the same concurrency. Channel tokens validated (RS256).");
        Console.WriteLine(settings.ThinkMilliseconds == 0
            ? "Users click again as soon as the answer arrives (no think time)."
            : string.Create(CultureInfo.InvariantCulture, $"Users pause {settings.ThinkMilliseconds} ms on average (uniformly {settings.ThinkMilliseconds / 2}–{settings.ThinkMilliseconds * 3 / 2} ms) between requests."));
        Console.WriteLine();
        Console.WriteLine("| request | count | p50 ms | p95 ms | p99 ms | max ms | per s |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var action in total.ByAction)
        {
            Console.WriteLine(action.Row(invokeTime));
        }

        Console.WriteLine(total.All.Row(invokeTime));
        Console.WriteLine(floor.Row(floorTime));
        Console.WriteLine();
        Console.WriteLine("| round | invokes p50 ms | invokes p99 ms | floor p50 ms | floor p99 ms |");
        Console.WriteLine("|---|---|---|---|---|");
        for (var i = 0; i < rounds.Count; i++)
        {
            var (invokes, f) = (rounds[i].Invokes.All, rounds[i].Floor);
            Line($"| {i + 1} | {invokes.Percentile(0.5):F1} | {invokes.Percentile(0.99):F1} | {f.Percentile(0.5):F1} | {f.Percentile(0.99):F1} |");
        }

        Console.WriteLine();
        Ratio(total.All, floor);
        if (total.ByAction.FirstOrDefault(a => a.Name == CardVerbs.Refresh) is { } refresh)
        {
            Ratio(refresh, floor);
        }

        var p99 = total.All.Percentile(0.99);
        Line($"- Budget p99 ≤ {BudgetP99Milliseconds:F0} ms (all invokes): **{(p99 <= BudgetP99Milliseconds ? "met" : "not met")}** (p99 {p99:F1} ms).");
        var failures = total.Failures + warmup.Failures;
        Line($"- Failed requests: {failures} (warm-up included){(failures > 0 ? " — the run is invalid" : string.Empty)}.");
        foreach (var problem in warmup.Problems.Concat(total.Problems).Take(10))
        {
            Console.WriteLine("  - " + problem);
        }

        Console.WriteLine("- CPU per invoke: " + cpu.Invokes.PerOperation(total.All.Count) + ".");
        Console.WriteLine("- CPU per floor read: " + cpu.Floor.PerOperation(floor.Count) + ".");
        Line($"- Load average (1/5/15 min) at start: {loadAverage.Start}; at end: {loadAverage.End} ({Environment.ProcessorCount} cores).");
        var asked = outbound.Count == 0 ? "none" : string.Join(", ", outbound.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}"));
        Line($"- Requests from the app to the loopback channel (keys, tokens, connector): {asked}.");
    }

    private static void Ratio(Measurement ours, Measurement floor) => Line(
        $"- {ours.Name.Trim('*')} / floor: p50 **{ours.Percentile(0.5) / floor.Percentile(0.5):F2}×**, p99 **{ours.Percentile(0.99) / floor.Percentile(0.99):F2}×**.");

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
