namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>Polls a condition of the system under test until it holds or the time is up (then the caller's assertion reports what is there).</summary>
internal static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return await condition();
    }

    public static Task<bool> HoldsAsync(Func<bool> condition, TimeSpan within) => HoldsAsync(() => Task.FromResult(condition()), within);
}
