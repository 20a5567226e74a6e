namespace TeamsCrm.Storage.Tests.Faults;

/// <summary>A transaction the proxy keeps from Azurite until <see cref="Release"/>.</summary>
internal sealed class TransactionHold
{
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the whole transaction request has reached the proxy.</summary>
    public Task Arrived => _arrived.Task;

    /// <summary>Completes when Azurite has answered the released transaction (it is committed or refused).</summary>
    public Task Answered => _answered.Task;

    public void Release() => _released.TrySetResult();

    public async Task WaitForReleaseAsync(CancellationToken cancellationToken)
    {
        _arrived.TrySetResult();
        await _released.Task.WaitAsync(cancellationToken);
    }

    public void MarkAnswered() => _answered.TrySetResult();
}
