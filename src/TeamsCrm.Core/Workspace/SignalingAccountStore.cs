using System.Collections.Frozen;
using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Core.Workspace;

/// <summary>
/// The account store with one addition: after a change set commits, <see cref="AccountChangeSignal"/> tells the open
/// workspaces of that account. Wraps whichever store the host registered, so every surface's commits raise it.
/// </summary>
public sealed class SignalingAccountStore(IAccountStore inner, AccountChangeSignal signal) : IAccountStore
{
    public Task<AccountPartition?> LoadAsync(string tenantId, string accountId, PartitionSlice slice, CancellationToken cancellationToken = default) =>
        inner.LoadAsync(tenantId, accountId, slice, cancellationToken);

    public Task<Account?> GetAccountIfExistsAsync(string tenantId, string accountId, CancellationToken cancellationToken = default) =>
        inner.GetAccountIfExistsAsync(tenantId, accountId, cancellationToken);

    public Task<T?> GetRecordIfExistsAsync<T>(string tenantId, string accountId, string recordId, CancellationToken cancellationToken = default)
        where T : class =>
        inner.GetRecordIfExistsAsync<T>(tenantId, accountId, recordId, cancellationToken);

    public IAsyncEnumerable<T> QueryRecordsAsync<T>(string tenantId, string accountId, CancellationToken cancellationToken = default)
        where T : class =>
        inner.QueryRecordsAsync<T>(tenantId, accountId, cancellationToken);

    public async Task<IReadOnlyList<string?>> CommitAsync(string tenantId, string accountId, ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var versions = await inner.CommitAsync(tenantId, accountId, changes, cancellationToken).ConfigureAwait(false);
        signal.Raise(new AccountChange(
            tenantId,
            accountId,
            changes.Changes.Select(c => (c.After ?? c.Before)?.GetType().Name).OfType<string>().ToFrozenSet(StringComparer.Ordinal),
            changes.Audit.Select(a => a.Actor.UserId).ToFrozenSet(StringComparer.OrdinalIgnoreCase)));
        return versions;
    }
}
