namespace TeamsCrm.Web.Notifications;

/// <summary>
/// When a failed notification is tried again: exponential backoff (base × 2^(attempt−1), capped) with "equal jitter"
/// (between half and all of it), so instances retrying after one outage do not all come back at once.
/// </summary>
internal static class NotificationBackoff
{
    public static TimeSpan After(int attempts, NotificationDeliveryOptions options, double jitter)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var full = Math.Min(options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(full * (0.5 + (0.5 * Math.Clamp(jitter, 0, 1))));
    }
}
