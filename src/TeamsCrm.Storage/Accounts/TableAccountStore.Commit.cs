using System.Net;
using Microsoft.Extensions.Logging;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Notifications;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Indexes;
using TeamsCrm.Storage.Mapping;
using TeamsCrm.Storage.Notifications;
using TeamsCrm.Storage.Outbox;

namespace TeamsCrm.Storage.Accounts;

/// <summary>
/// The commit: one entity-group transaction, every entity of it stamped with the operation id, then
/// the index update through the outbox. Pending notifications travel in the same transaction, their
/// markers written with the index marker before it (<see cref="NotificationOutbox"/>). A resent transaction that meets its own commit is a success
/// (<see cref="OwnCommitRecognizer"/>); only a real concurrent change is a <see cref="ConcurrencyException"/>.
/// Marker and transaction run within <see cref="Configuration.StorageTimeBounds.CommitBudget"/>, so the
/// sweeper's repair delay is longer than any commit can take.
/// </summary>
public sealed partial class TableAccountStore
{
    public async Task<IReadOnlyList<string?>> CommitAsync(string tenantId, string accountId, ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var partitionKey = StorageKeys.AccountPartition(tenantId, accountId);
        var operationId = CrmIds.New(time);
        var actions = changes.Changes.Select(change => ToAction(partitionKey, change)).ToList();
        actions.AddRange(changes.Audit.Select(entry => new TableTransactionAction(TableTransactionActionType.Add, AuditMapping.ToEntity(partitionKey, entry))));
        actions.AddRange(NotificationOutbox.EntriesFor(partitionKey, changes.Notifications));

        var indexOperations = changes.Changes.SelectMany(change => IndexProjection.For(tables, tenantId, change).Concat(AllFactsProjection.For(tables, tenantId, change))).ToArray();
        var hasIndexUpdate = indexOperations.Length > 0;
        if (hasIndexUpdate)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, IndexOutbox.CreateEntry(partitionKey, operationId, indexOperations)));
        }

        OwnCommitRecognizer.Stamp(actions, operationId);
        if (actions.Count > EntityLimits.MaxTransactionActions)
        {
            throw new InvalidOperationException($"A change set of {actions.Count} entities exceeds the {EntityLimits.MaxTransactionActions} of one atomic transaction.");
        }

        foreach (var action in actions)
        {
            EntityLimits.EnsureFits(action.Entity);
        }

        var commit = new PendingCommit(tenantId, accountId, operationId, hasIndexUpdate, changes.Notifications);
        IReadOnlyList<string?> versions;
        try
        {
            versions = await SubmitWithinBudgetAsync(commit, actions, changes.Changes.Count, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            versions = await new OwnCommitRecognizer(tables.Data).RecognizeAsync(operationId, actions, changes.Changes.Count, cancellationToken).ConfigureAwait(false)
                ?? throw await ConflictAsync(commit, ex).ConfigureAwait(false);
            LogOwnCommitRecognized(operationId, ex.Status);
        }

        _notifications.Committed(commit.NotificationTickets);
        if (hasIndexUpdate)
        {
            await CompleteIndexUpdateAsync(tenantId, accountId, operationId, indexOperations, cancellationToken).ConfigureAwait(false);
        }

        return versions;
    }

    /// <summary>What a commit wrote before its transaction: the index marker (if any) and one marker per notification.</summary>
    private sealed record PendingCommit(string TenantId, string AccountId, string OperationId, bool HasIndexUpdate, IReadOnlyList<PendingNotification> Notifications)
    {
        public IReadOnlyList<NotificationTicket> NotificationTickets { get; set; } = [];
    }

    /// <summary>
    /// Writes the markers (the index marker when there is an index update, and the notifications' markers, in parallel)
    /// and submits the transaction, all within the commit budget: when it runs out the call is cancelled, the markers
    /// stay and the sweepers settle them.
    /// </summary>
    private async Task<IReadOnlyList<string?>> SubmitWithinBudgetAsync(
        PendingCommit commit, List<TableTransactionAction> actions, int changeCount, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(tables.TimeBounds.CommitBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            var indexMarker = commit.HasIndexUpdate
                ? outbox.WriteMarkerAsync(commit.TenantId, commit.AccountId, commit.OperationId, linked.Token)
                : Task.CompletedTask;
            var notificationMarkers = _notifications.WriteMarkersAsync(commit.TenantId, commit.AccountId, commit.Notifications, linked.Token);
            await Task.WhenAll(indexMarker, notificationMarkers).ConfigureAwait(false);
            commit.NotificationTickets = await notificationMarkers.ConfigureAwait(false);

            var response = await tables.Data.SubmitTransactionAsync(actions, linked.Token).ConfigureAwait(false);
            return Enumerable.Range(0, changeCount)
                .Select(i => actions[i].ActionType == TableTransactionActionType.Delete ? null : response.Value[i].Headers.ETag?.ToString())
                .ToArray();
        }
        catch (OperationCanceledException ex) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogCommitBudgetExceeded(commit.OperationId, tables.TimeBounds.CommitBudget);
            throw new TimeoutException(
                $"The commit {commit.OperationId} did not finish within {tables.TimeBounds.CommitBudget:c}; if it was written, the outbox sweepers complete it.", ex);
        }
    }

    /// <summary>Nothing of the transaction was written: its markers go, and the caller hears of the conflict.</summary>
    private async Task<ConcurrencyException> ConflictAsync(PendingCommit commit, TableTransactionFailedException ex)
    {
        await _notifications.DeleteMarkersAsync(commit.NotificationTickets, CancellationToken.None).ConfigureAwait(false);
        if (commit.HasIndexUpdate)
        {
            await outbox.DeleteMarkerAsync(commit.TenantId, commit.AccountId, commit.OperationId, CancellationToken.None).ConfigureAwait(false);
        }

        return new ConcurrencyException("A record of the change was modified or created concurrently; nothing was written.", ex);
    }

    /// <summary>
    /// The change is committed; if the index update fails now, the outbox marker stays and the
    /// sweeper completes it later. Readers of per-person lists and partner shares verify against
    /// the primary meanwhile, so the caller's success is the truth.
    /// </summary>
    private async Task CompleteIndexUpdateAsync(string tenantId, string accountId, string operationId, IReadOnlyList<IndexOperation> operations, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.CompleteAsync(tenantId, accountId, operationId, operations, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogIndexUpdateDeferred(ex, operationId);
        }
    }

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Index update {OperationId} failed after the commit; the outbox sweeper will complete it.")]
    private partial void LogIndexUpdateDeferred(Exception exception, string operationId);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Transaction {OperationId} was resent after a lost response and met its own commit (status {Status}): reported as written.")]
    private partial void LogOwnCommitRecognized(string operationId, int status);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Commit {OperationId} ran out of its budget of {Budget}; its outcome is settled by the outbox sweeper.")]
    private partial void LogCommitBudgetExceeded(string operationId, TimeSpan budget);

    private static TableTransactionAction ToAction(string partitionKey, RecordChange change)
    {
        if (change.Before is null)
        {
            return new TableTransactionAction(TableTransactionActionType.Add, RecordMapper.ToEntity(partitionKey, change.After!));
        }

        var version = RecordMapper.VersionOf(change.Before)
            ?? throw new InvalidOperationException("An update or delete needs the version the record was read with.");
        if (change.After is null)
        {
            return new TableTransactionAction(TableTransactionActionType.Delete, RecordMapper.ToEntity(partitionKey, change.Before), new ETag(version));
        }

        var after = RecordMapper.ToEntity(partitionKey, change.After);
        var before = RecordMapper.ToEntity(partitionKey, change.Before);
        if (after.RowKey != before.RowKey)
        {
            throw new InvalidOperationException("A change must not move a record to another key.");
        }

        return new TableTransactionAction(TableTransactionActionType.UpdateReplace, after, new ETag(version));
    }
}
