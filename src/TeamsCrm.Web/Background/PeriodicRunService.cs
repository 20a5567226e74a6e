namespace TeamsCrm.Web.Background;

/// <summary>
/// A background service that runs once at start and then every <see cref="Interval"/> until the host stops. A run that
/// fails is reported to <see cref="OnRunFailed"/> and the next run tries again: nothing but stopping ends the loop.
/// </summary>
internal abstract class PeriodicRunService(TimeProvider time) : BackgroundService
{
    private int _completedRuns;

    /// <summary>Runs finished so far (tests wait for it).</summary>
    internal int CompletedRuns => Volatile.Read(ref _completedRuns);

    /// <summary>The time between two runs; zero or less turns the service off (<see cref="OnDisabled"/>).</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One run; returns how many things it handled (failures of single items are the run's own business).</summary>
    protected abstract Task<int> RunCoreAsync(CancellationToken cancellationToken);

    /// <summary>Reports a run that failed as a whole.</summary>
    protected abstract void OnRunFailed(Exception exception);

    /// <summary>Reports that the service does not run because <see cref="Interval"/> is zero or less.</summary>
    protected virtual void OnDisabled()
    {
    }

    /// <summary>One run; returns how many things it handled (0 when the run failed).</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        try
        {
            handled = await RunCoreAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            OnRunFailed(ex);
        }

        Interlocked.Increment(ref _completedRuns);
        return handled;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval;
        if (interval <= TimeSpan.Zero)
        {
            OnDisabled();
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
