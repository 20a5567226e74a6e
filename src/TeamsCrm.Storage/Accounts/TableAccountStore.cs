using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Meetings;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Mapping;
using TeamsCrm.Storage.Notifications;
using TeamsCrm.Storage.Outbox;

namespace TeamsCrm.Storage.Accounts;

/// <summary>
/// Account partitions in Azure Table Storage. A load is at most three range queries of one
/// partition, sent in parallel (one round trip); a commit is one entity-group transaction with
/// conditional (ETag) updates, followed by the index update through the outbox. Pending notifications
/// travel in the same transaction, with a marker each written before it (<see cref="NotificationOutbox"/>).
/// </summary>
public sealed partial class TableAccountStore(
    CrmTables tables, IndexOutbox outbox, TimeProvider time, ILogger<TableAccountStore> logger, NotificationOutbox? notificationOutbox = null) : IAccountStore
{
    private readonly NotificationOutbox _notifications = notificationOutbox ?? new NotificationOutbox(tables, new NotificationJournal(), time);

    public async Task<AccountPartition?> LoadAsync(string tenantId, string accountId, PartitionSlice slice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var partitionKey = StorageKeys.AccountPartition(tenantId, accountId);
        var core = ReadRangeAsync(partitionKey, StorageKeys.CoreStart, StorageKeys.CoreEnd, int.MaxValue, null, cancellationToken);
        var comments = ReadRangeAsync(
            partitionKey, StorageKeys.CommentPrefix, StorageKeys.PrefixEnd(StorageKeys.CommentPrefix), slice.Comments,
            slice.SharedCommentsOnly ? TableClient.CreateQueryFilter($"Visibility eq {nameof(CommentVisibility.Shared)}") : null, cancellationToken);
        var interactions = ReadRangeAsync(
            partitionKey, StorageKeys.InteractionPrefix, StorageKeys.PrefixEnd(StorageKeys.InteractionPrefix), slice.Interactions, null, cancellationToken);
        await Task.WhenAll(core, comments, interactions).ConfigureAwait(false);

        var records = (await core.ConfigureAwait(false)).Select(RecordMapper.FromEntity).ToArray();
        if (records.OfType<Account>().FirstOrDefault() is not { } account)
        {
            return null;
        }

        return new AccountPartition(
            account,
            records.OfType<Contact>().ToArray(),
            records.OfType<Deal>().ToArray(),
            records.OfType<Handoff>().ToArray(),
            records.OfType<Share>().ToArray(),
            (await comments.ConfigureAwait(false)).Select(CommentMapping.FromEntity).ToArray(),
            (await interactions.ConfigureAwait(false)).Select(InteractionMapping.FromEntity).ToArray());
    }

    public async Task<Account?> GetAccountIfExistsAsync(string tenantId, string accountId, CancellationToken cancellationToken = default)
    {
        if (!CrmIds.IsWellFormed(accountId))
        {
            return null;
        }

        var response = await tables.Data.GetEntityIfExistsAsync<TableEntity>(
            StorageKeys.AccountPartition(tenantId, accountId), StorageKeys.Account, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? AccountMapping.FromEntity(entity) : null;
    }

    public async Task<T?> GetRecordIfExistsAsync<T>(string tenantId, string accountId, string recordId, CancellationToken cancellationToken = default)
        where T : class
    {
        if (!CrmIds.IsWellFormed(accountId) || string.IsNullOrEmpty(recordId) || !IsReadableId<T>(recordId))
        {
            return null;
        }

        var response = await tables.Data.GetEntityIfExistsAsync<TableEntity>(
            StorageKeys.AccountPartition(tenantId, accountId), RecordMapper.RowKeyFor<T>(recordId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? RecordMapper.FromEntity<T>(entity) : null;
    }

    public async IAsyncEnumerable<T> QueryRecordsAsync<T>(string tenantId, string accountId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
    {
        var prefix = RecordMapper.PrefixFor<T>();
        var filter = StorageKeys.Filter(StorageKeys.AccountPartition(tenantId, accountId), prefix, StorageKeys.PrefixEnd(prefix));
        await foreach (var entity in tables.Data.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return RecordMapper.FromEntity<T>(entity);
        }
    }

    /// <summary>Share keys are the share's own key; a logged meeting's id is a name-based UUID (any GUID form); all else a CrmIds id.</summary>
    private static bool IsReadableId<T>(string recordId) =>
        typeof(T) == typeof(Share) || (typeof(T) == typeof(LoggedMeeting) ? Guid.TryParse(recordId, out _) : CrmIds.IsWellFormed(recordId));

    private async Task<IReadOnlyList<TableEntity>> ReadRangeAsync(
        string partitionKey, string from, string to, int take, string? extraFilter, CancellationToken cancellationToken)
    {
        if (take <= 0)
        {
            return [];
        }

        var filter = StorageKeys.Filter(partitionKey, from, to) + (extraFilter is null ? string.Empty : $" and {extraFilter}");
        var pageSize = take == int.MaxValue ? (int?)null : Math.Min(take, 1000);
        var result = new List<TableEntity>();
        await foreach (var page in tables.Data.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
        {
            result.AddRange(page.Values.Take(take - result.Count));
            if (result.Count >= take)
            {
                break;
            }
        }

        return result;
    }
}
