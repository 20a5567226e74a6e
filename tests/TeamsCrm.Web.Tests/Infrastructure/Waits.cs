namespace TeamsCrm.Web.Tests.Infrastructure;

/// <summary>Waiting for what the app does in the background (a turn may outlive its HTTP request; hosted jobs run on timers).</summary>
internal static class Waits
{
    /// <summary>Polls <paramref name="done"/> for up to 30 seconds; fails naming <paramref name="what"/> (and <paramref name="details"/>, if given).</summary>
    public static async Task UntilAsync(Func<bool> done, string what, Func<string>? details = null)
    {
        var held = await Eventually.HoldsAsync(done, TimeSpan.FromSeconds(30), pollEvery: TimeSpan.FromMilliseconds(20));
        Assert.True(held, $"Waited in vain for {what}.{(details is null ? "" : "\n" + details())}");
    }
}
