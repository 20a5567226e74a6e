namespace TeamsCrm.Storage.Tests.Faults;

/// <summary>A transaction the proxy keeps from Azurite until <see cref="Release"/>.</summary>
internal sealed class TransactionHold
{
    private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the whole transaction request has reached the proxy.</summary>
    public Task Arrived => arrived.Task;

    /// <summary>Completes when Azurite has answered the released transaction (it is committed or refused).</summary>
    public Task Answered => answered.Task;

    public void Release() => released.TrySetResult();

    public async Task WaitForReleaseAsync(CancellationToken cancellationToken)
    {
        arrived.TrySetResult();
        await released.Task.WaitAsync(cancellationToken);
    }

    public void MarkAnswered() => answered.TrySetResult();
}
