namespace TeamsCrm.Core.Application;

/// <summary>
/// Commits a change set and turns a concurrency failure into a conflict result that carries the
/// current state, so the user can decide again on fresh data. Never last-writer-wins.
/// </summary>
internal static class ChangeCommitter
{
    public static async Task<CrmResult<T>> CommitAsync<T>(
        IAccountStore store,
        Caller caller,
        string accountId,
        ChangeSet changes,
        Func<IReadOnlyList<string?>, T> result,
        Func<CancellationToken, Task<object?>> readCurrent,
        CancellationToken cancellationToken)
    {
        try
        {
            var versions = await store.CommitAsync(caller.TenantId, accountId, changes, cancellationToken).ConfigureAwait(false);
            return result(versions);
        }
        catch (ConcurrencyException)
        {
            return CrmError.Conflict(await readCurrent(cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Commits changes that insert a new record: nothing current to show on a conflict, the result is the record with its version.</summary>
    public static Task<CrmResult<T>> CommitNewAsync<T>(
        IAccountStore store, Caller caller, string accountId, ChangeSet changes, Func<string?, T> withVersion, CancellationToken cancellationToken) =>
        CommitAsync(store, caller, accountId, changes, versions => withVersion(versions[0]), _ => Task.FromResult<object?>(null), cancellationToken);

    /// <summary>Commits changes to one existing record; a conflict carries the record as it is now.</summary>
    public static Task<CrmResult<T>> CommitUpdateAsync<T>(
        IAccountStore store, Caller caller, string accountId, string recordId, ChangeSet changes, Func<string?, T> withVersion, CancellationToken cancellationToken)
        where T : class =>
        CommitAsync(
            store, caller, accountId, changes,
            versions => withVersion(versions[0]),
            async ct => await store.GetRecordIfExistsAsync<T>(caller.TenantId, accountId, recordId, ct).ConfigureAwait(false),
            cancellationToken);

    /// <summary>A conflict when the caller acted on a version that is no longer current.</summary>
    public static CrmError? CheckExpectedVersion(string? expected, string? actual, object current) =>
        expected is not null && expected != actual ? CrmError.Conflict(current) : null;
}
