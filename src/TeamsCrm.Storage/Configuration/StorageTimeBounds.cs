namespace TeamsCrm.Storage.Configuration;

/// <summary>
/// How long a write can take with the configured retry policy, and so how long the outbox sweeper
/// must leave a marker alone (docs/architecture.md, "Indexes through an outbox").
/// <list type="bullet">
/// <item><see cref="CommitBudget"/> = (MaxRetries + 1) × NetworkTimeout + Σ back-off before retry
/// i = 1 … MaxRetries of min(MaxRetryDelay, RetryDelay × 2^i × 1.2). A commit (its marker and its
/// transaction, with every retry) is cancelled when it has run that long, whatever a server's
/// Retry-After asks for, so no request of it is sent later.</item>
/// <item><see cref="MinimumRepairDelay"/> = CommitBudget + <see cref="ServerProcessingLimit"/> +
/// ClockSkewAllowance (<see cref="StorageOptions.ClockSkewAllowance"/>): a request sent before the
/// budget ran out is settled by the service within its processing limit, and the marker's time is
/// the writer's clock while the sweeper compares with its own.</item>
/// </list>
/// </summary>
public sealed record StorageTimeBounds(TimeSpan CommitBudget, TimeSpan MinimumRepairDelay)
{
    /// <summary>The Table service processes an insert, update, delete or batch within 30 s (its maximum server timeout) or fails it.</summary>
    public static readonly TimeSpan ServerProcessingLimit = TimeSpan.FromSeconds(30);

    /// <summary>The Azure SDK's exponential back-off multiplies each delay by a random factor of at most 1.2.</summary>
    public const double MaxJitterFactor = 1.2;

    public static StorageTimeBounds From(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var backOff = TimeSpan.Zero;
        for (var retry = 1; retry <= options.MaxRetries; retry++)
        {
            var delay = options.RetryDelay * Math.Pow(2, retry) * MaxJitterFactor;
            backOff += delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
        }

        var budget = (options.NetworkTimeout * (options.MaxRetries + 1)) + backOff;
        return new StorageTimeBounds(budget, budget + ServerProcessingLimit + options.ClockSkewAllowance);
    }
}
