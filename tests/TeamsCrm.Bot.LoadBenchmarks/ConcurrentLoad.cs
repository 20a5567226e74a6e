using System.Diagnostics;

namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>A closed loop: <c>users</c> loops run at once, each starting its next operation as soon as the last one ended.</summary>
internal static class ConcurrentLoad
{
    /// <summary>Runs <paramref name="operations"/> operations in all; returns the wall time.</summary>
    public static async Task<TimeSpan> RunAsync(int users, int operations, Func<int, Task> operation)
    {
        var remaining = operations;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, users).Select(user => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await operation(user);
            }
        })));
        return Stopwatch.GetElapsedTime(start);
    }
}
