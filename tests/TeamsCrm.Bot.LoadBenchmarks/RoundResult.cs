namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>One round: a block of invokes and a block of floor reads, each at the same concurrency, with their wall times.</summary>
internal sealed record RoundResult(InvokeResults Invokes, TimeSpan InvokeTime, Measurement Floor, TimeSpan FloorTime);
