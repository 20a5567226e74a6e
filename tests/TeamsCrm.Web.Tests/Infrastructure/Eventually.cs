namespace TeamsCrm.Web.Tests.Infrastructure;

/// <summary>Waiting for what the app does in the background (a turn may outlive its HTTP request; hosted jobs run on timers).</summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="done"/> for up to 30 seconds; fails naming <paramref name="what"/> (and <paramref name="details"/>, if given).</summary>
    public static async Task TrueAsync(Func<bool> done, string what, Func<string>? details = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited in vain for {what}.{(details is null ? "" : "\n" + details())}");
            await Task.Delay(20);
        }
    }
}
