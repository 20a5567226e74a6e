using Azure;

namespace TeamsCrm.Storage.Tests.Faults;

/// <summary>
/// A table service whose "Facts" table stops the process, as a crash would, at its <paramref name="writesBeforeCrash"/>+1-th
/// write (an upsert or a transaction): that write and every later one throw without reaching the store. Reads pass.
/// </summary>
internal sealed class CrashingFactsService(string connectionString, int writesBeforeCrash) : TableServiceClient(connectionString)
{
    private readonly string _connectionString = connectionString;
    private int _writes;

    public override TableClient GetTableClient(string tableName) =>
        tableName.EndsWith("Facts", StringComparison.Ordinal) ? new CrashingTable(_connectionString, tableName, this) : base.GetTableClient(tableName);

    private void CountWrite()
    {
        if (Interlocked.Increment(ref _writes) > writesBeforeCrash)
        {
            throw new InvalidOperationException($"Crashed before write {_writes} to the facts.");
        }
    }

    private sealed class CrashingTable(string connectionString, string tableName, CrashingFactsService service) : TableClient(connectionString, tableName)
    {
        public override Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
        {
            service.CountWrite();
            return base.SubmitTransactionAsync(transactionActions, cancellationToken);
        }

        public override Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        {
            service.CountWrite();
            return base.UpsertEntityAsync(entity, mode, cancellationToken);
        }
    }
}
