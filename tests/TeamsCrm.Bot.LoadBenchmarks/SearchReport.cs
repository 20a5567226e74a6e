namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>The Markdown the search run prints (docs/performance.md quotes it): both comparisons with their budgets.</summary>
internal static class SearchReport
{
    private const double SingleUserBudget = 1.2;
    private const double LoadBudget = 1.5;

    public static void Print(
        LoadSettings settings,
        (Measurement Query, Measurement Message) single,
        (Measurement Invokes, TimeSpan Time) load,
        (Measurement Reads, TimeSpan Time, double Partitions) floor,
        (CpuUse Invokes, CpuUse Floor) cpu,
        InvokeResults failures)
    {
        Line($"(a) One user (Megan, her 1:1 chat), {single.Query.Count} interleaved pairs, each on a random demo account's exact name; which goes first alternates.");
        Console.WriteLine();
        Header();
        Console.WriteLine(single.Query.Row(null));
        Console.WriteLine(single.Message.Row(null));
        Console.WriteLine();
        Ratio("search invoke / bot's name search turn", single.Query, single.Message, 0.5, SingleUserBudget);
        Console.WriteLine();
        Line($"(b) {settings.Users} concurrent users (the five members, half in channels, half in 1:1 chats), no think time, {settings.Rounds} rounds of {settings.InvokesPerRound:N0} searches and {settings.InvokesPerRound:N0} floor reads after {settings.Warmup:N0} of each to warm up.");
        Console.WriteLine();
        Header();
        Console.WriteLine(load.Invokes.Row(load.Time));
        Console.WriteLine(floor.Reads.Row(floor.Time));
        Console.WriteLine();
        Ratio("search invoke / floor", load.Invokes, floor.Reads, 0.99, LoadBudget);
        Line($"- Account summaries the floor read per search: {floor.Partitions:F1} on average (the accounts the name means and the matching deals' and contacts' accounts).");
        Console.WriteLine("- CPU per search invoke: " + cpu.Invokes.PerOperation(load.Invokes.Count) + ".");
        Console.WriteLine("- CPU per floor read: " + cpu.Floor.PerOperation(floor.Reads.Count) + ".");
        Line($"- Failed requests: {failures.Failures} (warm-up included){(failures.Failures > 0 ? " — the run is invalid" : string.Empty)}.");
        foreach (var problem in failures.Problems)
        {
            Console.WriteLine("  - " + problem);
        }
    }

    private static void Header()
    {
        Console.WriteLine("| request | count | p50 ms | p95 ms | p99 ms | max ms | per s |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
    }

    private static void Ratio(string what, Measurement ours, Measurement baseline, double budgetAt, double budget)
    {
        var ratio = ours.Percentile(budgetAt) / baseline.Percentile(budgetAt);
        Line($"- {what}: p50 **{ours.Percentile(0.5) / baseline.Percentile(0.5):F2}×**, p99 **{ours.Percentile(0.99) / baseline.Percentile(0.99):F2}×**; budget ≤ {budget:F1}× at p{budgetAt * 100:F0}: **{(ratio <= budget ? "met" : "not met")}**.");
    }

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
