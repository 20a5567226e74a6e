namespace TeamsCrm.Storage.Accounts;

/// <summary>
/// Tells a transaction's own earlier commit from a concurrent change. Every entity a transaction adds
/// or replaces carries the transaction's operation id. When the SDK resends a transaction whose first
/// response was lost, the resend meets the first try's writes (409 on its adds, 412 on its
/// conditional updates, 404 on its deletes). Then the entities are read back: if any of them carries
/// the operation id, the first try committed — the id is unique and an entity-group transaction is
/// all or nothing — and the change is a success whose versions are the read-back ETags. If none
/// does, a concurrent change made it fail and nothing of it was written. A transaction of deletes only
/// carries no stamp: it counts as written when every record it deletes is gone, which is the state
/// its caller asked for whoever removed them.
/// </summary>
internal sealed class OwnCommitRecognizer(TableClient data)
{
    public const string OperationIdProperty = "OperationId";

    /// <summary>
    /// The version reported for a record this transaction wrote but someone changed again before the
    /// read-back: well-formed, but no stored entity has it, so an update with it is a conflict.
    /// </summary>
    public const string SupersededVersion = "W/\"datetime'0001-01-01T00%3A00%3A00.0000000Z'\"";

    public static void Stamp(IEnumerable<TableTransactionAction> actions, string operationId)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var action in actions.Where(action => action.ActionType != TableTransactionActionType.Delete))
        {
            ((TableEntity)action.Entity)[OperationIdProperty] = operationId;
        }
    }

    /// <summary>
    /// The versions of the first <paramref name="changeCount"/> actions (the record changes; null for a
    /// delete) when the transaction <paramref name="operationId"/> committed; null when it did not.
    /// One round trip: the written entities are read in parallel.
    /// </summary>
    public async Task<IReadOnlyList<string?>?> RecognizeAsync(
        string operationId, IReadOnlyList<TableTransactionAction> actions, int changeCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.All(action => action.ActionType == TableTransactionActionType.Delete))
        {
            var remaining = await Task.WhenAll(actions.Select(action => ReadStampAsync(action.Entity, cancellationToken))).ConfigureAwait(false);
            return remaining.All(entity => entity is null) ? new string?[changeCount] : null;
        }

        var written = actions
            .Select((action, index) => (action, index))
            .Where(item => item.action.ActionType != TableTransactionActionType.Delete)
            .ToArray();
        var stamps = await Task.WhenAll(written.Select(item => ReadStampAsync(item.action.Entity, cancellationToken))).ConfigureAwait(false);
        var ours = written.Zip(stamps)
            .Where(pair => pair.Second is { } stamp && stamp.OperationId == operationId)
            .ToDictionary(pair => pair.First.index, pair => pair.Second!.Version);
        if (ours.Count == 0)
        {
            return null;
        }

        return Enumerable.Range(0, changeCount)
            .Select(index => actions[index].ActionType == TableTransactionActionType.Delete
                ? null
                : ours.GetValueOrDefault(index, SupersededVersion))
            .ToArray();
    }

    private async Task<CurrentStamp?> ReadStampAsync(ITableEntity entity, CancellationToken cancellationToken)
    {
        var response = await data.GetEntityIfExistsAsync<TableEntity>(
            entity.PartitionKey, entity.RowKey, [OperationIdProperty], cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } current
            ? new CurrentStamp(current.GetString(OperationIdProperty), current.ETag.ToString())
            : null;
    }

    private sealed record CurrentStamp(string? OperationId, string Version);
}
