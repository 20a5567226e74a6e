namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>A store the resolver tests never reach: a member's search reads only the name index.</summary>
internal sealed class UnusedAccountStore : IAccountStore
{
    public Task<AccountPartition?> LoadAsync(string tenantId, string accountId, PartitionSlice slice, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Account?> GetAccountIfExistsAsync(string tenantId, string accountId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<T?> GetRecordIfExistsAsync<T>(string tenantId, string accountId, string recordId, CancellationToken cancellationToken = default)
        where T : class => throw new NotSupportedException();

    public IAsyncEnumerable<T> QueryRecordsAsync<T>(string tenantId, string accountId, CancellationToken cancellationToken = default)
        where T : class => throw new NotSupportedException();

    public Task<IReadOnlyList<string?>> CommitAsync(string tenantId, string accountId, ChangeSet changes, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
