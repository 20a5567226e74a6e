using System.Net.Http.Headers;

namespace TeamsCrm.Teams.Connector;

/// <summary>
/// Exponential backoff with ±20 % jitter (Teams' rate-limit guidance), honouring Retry-After when present.
/// The delay and the jitter source are replaceable so tests never sleep.
/// </summary>
public sealed class ConnectorRetryPolicy
{
    private readonly BotOptions _options;
    private readonly TimeProvider _timeProvider;

    public ConnectorRetryPolicy(IOptions<BotOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _timeProvider = timeProvider;
        Delay = (delay, cancellationToken) => Task.Delay(delay, _timeProvider, cancellationToken);
    }

    public int MaxRetries => _options.ConnectorMaxRetries;

    /// <summary>Waits between attempts (default: Task.Delay on the injected TimeProvider).</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; set; }

    /// <summary>Returns a number in [0, 1) for the jitter.</summary>
    public Func<double> NextJitter { get; set; } = Random.Shared.NextDouble;

    /// <summary>The wait before retry number <paramref name="retry"/> (0-based), or null when Retry-After asks for longer than allowed.</summary>
    public TimeSpan? GetDelay(int retry, RetryConditionHeaderValue? retryAfter)
    {
        if (retryAfter is not null)
        {
            var requested = retryAfter.Delta
                ?? (retryAfter.Date is { } date ? date - _timeProvider.GetUtcNow() : TimeSpan.Zero);
            if (requested < TimeSpan.Zero)
            {
                requested = TimeSpan.Zero;
            }

            return requested > _options.ConnectorMaxDelay ? null : requested;
        }

        var exponential = _options.ConnectorBaseDelay.TotalMilliseconds * Math.Pow(2, retry);
        var jittered = exponential * (0.8 + (0.4 * NextJitter()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, _options.ConnectorMaxDelay.TotalMilliseconds));
    }
}
