using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Core.Persistence;

/// <summary>
/// Storage of account partitions. Every call is scoped by tenant: there is no way to address a
/// record of another tenant. Reads of single records return null when they do not exist.
/// </summary>
public interface IAccountStore
{
    /// <summary>Reads the account and what belongs to it in one round trip (parallel range queries).</summary>
    Task<AccountPartition?> LoadAsync(string tenantId, string accountId, PartitionSlice slice, CancellationToken cancellationToken = default);

    Task<Account?> GetAccountIfExistsAsync(string tenantId, string accountId, CancellationToken cancellationToken = default);

    /// <summary>Point read of one record of an account; <typeparamref name="T"/> is a Core record type.</summary>
    Task<T?> GetRecordIfExistsAsync<T>(string tenantId, string accountId, string recordId, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Pages through all records of one kind of an account, newest first where the kind has an order.</summary>
    IAsyncEnumerable<T> QueryRecordsAsync<T>(string tenantId, string accountId, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>
    /// Writes the change set atomically, then brings the secondary indexes up to date. Returns the new
    /// version of each record change, in the order of <see cref="ChangeSet.Changes"/> (null for deletes).
    /// </summary>
    /// <exception cref="ConcurrencyException">A record changed since it was read; nothing was written.</exception>
    Task<IReadOnlyList<string?>> CommitAsync(string tenantId, string accountId, ChangeSet changes, CancellationToken cancellationToken = default);
}
