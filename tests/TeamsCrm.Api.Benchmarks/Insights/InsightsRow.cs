namespace TeamsCrm.Api.Benchmarks.Insights;

/// <summary>One operation the insights benchmark times against the floor (interleaved pairs); <see cref="HasBudget"/>: held to ≤ 3 × the floor's median.</summary>
internal sealed record InsightsRow(string Name, Func<Task> Operation, bool HasBudget = true)
{
    public Samples Samples { get; } = new(Name);
}
