using Azure;

namespace TeamsCrm.Storage.Tests.Faults;

/// <summary>
/// A table service whose "Facts" table holds the first transaction of a pipeline books partition ("…|books|…") until
/// <see cref="Release"/>: the commit has made its reads and waits just before its transaction, as a slow instance
/// would. Everything else passes.
/// </summary>
internal sealed class HeldBooksService(string connectionString) : TableServiceClient(connectionString)
{
    private readonly string _connectionString = connectionString;
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _held;

    /// <summary>Completes when the held transaction is waiting (its reads are done).</summary>
    public Task Arrived => _arrived.Task;

    public void Release() => _released.TrySetResult();

    public override TableClient GetTableClient(string tableName) =>
        tableName.EndsWith("Facts", StringComparison.Ordinal) ? new HeldTable(_connectionString, tableName, this) : base.GetTableClient(tableName);

    private async Task HoldFirstAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        if (actions[0].Entity.PartitionKey.Contains("|books|", StringComparison.Ordinal) && Interlocked.Exchange(ref _held, 1) == 0)
        {
            _arrived.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }
    }

    private sealed class HeldTable(string connectionString, string tableName, HeldBooksService service) : TableClient(connectionString, tableName)
    {
        public override async Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
        {
            var actions = transactionActions.ToList();
            await service.HoldFirstAsync(actions, cancellationToken);
            return await base.SubmitTransactionAsync(actions, cancellationToken);
        }
    }
}
