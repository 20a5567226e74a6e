using TeamsCrm.Core.Workspace;

namespace TeamsCrm.Web.Tab.Workspace;

/// <summary>
/// Keeps one open workspace current without a page reload: every change committed in this app instance to the
/// account (by any surface) arrives at once through <see cref="AccountChangeSignal"/>, and every
/// <see cref="PollInterval"/> the workspace checks again for what other instances committed. Both run on the
/// component's renderer through <c>dispatch</c>; failures are logged and never end the page.
/// </summary>
public sealed partial class WorkspaceLive(AccountChangeSignal signal, TimeProvider time, ILogger logger) : IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(12);

    private readonly CancellationTokenSource _stop = new();
    private IDisposable? _subscription;

    /// <summary>
    /// Listens to the account's changes (<paramref name="changed"/>) and checks every <see cref="PollInterval"/>
    /// (<paramref name="poll"/>), both run through <paramref name="dispatch"/>: the component's <c>InvokeAsync</c>.
    /// </summary>
    public void Start(string tenantId, string accountId, Func<Func<Task>, Task> dispatch, Func<AccountChange, Task> changed, Func<Task> poll)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        if (_subscription is not null)
        {
            return;
        }

        _subscription = signal.Subscribe(tenantId, accountId, change => _ = RunAsync(dispatch, () => changed(change), accountId));
        _ = PollAsync(dispatch, poll, accountId, _stop.Token);
    }

    /// <summary>
    /// Listens to the changes of every account of the tenant (<paramref name="changed"/>, through <paramref name="dispatch"/>),
    /// for lists that span accounts; no periodic check: changes through another app instance show at the next load.
    /// </summary>
    public void StartTenant(string tenantId, Func<Func<Task>, Task> dispatch, Func<AccountChange, Task> changed)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        _subscription ??= signal.SubscribeTenant(tenantId, change => _ = RunAsync(dispatch, () => changed(change), change.AccountId));
    }

    private async Task PollAsync(Func<Func<Task>, Task> dispatch, Func<Task> poll, string accountId, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(PollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await RunAsync(dispatch, poll, accountId);
            }
        }
        catch (OperationCanceledException)
        {
            // the page closed
        }
    }

    private async Task RunAsync(Func<Func<Task>, Task> dispatch, Func<Task> work, string accountId)
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await dispatch(work);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRefreshFailed(logger, exception, accountId);
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _stop.Cancel();
        _stop.Dispose();
    }

    [LoggerMessage(EventId = 7100, Level = LogLevel.Warning, Message = "Refreshing the open workspace of account {AccountId} failed; the next change or check tries again.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string accountId);
}
