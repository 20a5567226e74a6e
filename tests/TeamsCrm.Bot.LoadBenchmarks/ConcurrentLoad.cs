namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// A closed loop: <c>users</c> loops run at once, each starting its next operation when the last one ended
/// (after a pause, if the users think between clicks).
/// </summary>
internal static class ConcurrentLoad
{
    /// <summary>Runs <paramref name="operations"/> operations in all; returns the wall time.</summary>
    public static async Task<TimeSpan> RunAsync(LoadSettings settings, int operations, Func<int, Task> operation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var think = settings.ThinkMilliseconds;
        var remaining = operations;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, settings.Users).Select(user => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await operation(user);
                if (think > 0)
                {
                    await Task.Delay(think / 2 + Random.Shared.Next(think + 1));
                }
            }
        })));
        return Stopwatch.GetElapsedTime(start);
    }
}
