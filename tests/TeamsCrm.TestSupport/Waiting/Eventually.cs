namespace TeamsCrm.TestSupport;

/// <summary>Polls a condition of the system under test until it holds or the time is up (then the caller's assertion reports what is there).</summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultPoll = TimeSpan.FromMilliseconds(250);

    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan within, TimeSpan? pollEvery = null)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(pollEvery ?? DefaultPoll);
        }

        return await condition();
    }

    public static Task<bool> HoldsAsync(Func<bool> condition, TimeSpan within, TimeSpan? pollEvery = null) =>
        HoldsAsync(() => Task.FromResult(condition()), within, pollEvery);
}
