using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using TeamsCrm.Core.Notifications;

namespace TeamsCrm.Storage.Notifications;

/// <summary>
/// The read side of durable notifications, for the dispatcher: due tickets (one query of the small "Notify" table),
/// taking a ticket (a conditional update that moves its next attempt past the send, so one dispatcher holds it), the
/// notification itself (a point read of its account partition), and completing, rescheduling or dropping it.
/// </summary>
public sealed class PendingNotificationStore(CrmTables tables, IOptions<StorageOptions> options, TimeProvider time)
{
    private const string CreatedAtProperty = "CreatedAt";
    private const string NextAttemptAtProperty = "NextAttemptAt";
    private const string AttemptsProperty = "Attempts";
    private const string KindProperty = "Kind";

    /// <summary>Tickets whose next attempt is due, oldest notification first (ids are time-ordered).</summary>
    public async IAsyncEnumerable<NotificationTicket> ListDueAsync(int take, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"NextAttemptAt le {time.GetUtcNow()}");
        var due = new List<NotificationTicket>();
        await foreach (var marker in tables.Notify.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            due.Add(TicketOf(marker, marker.ETag.ToString()));
        }

        foreach (var ticket in due.OrderBy(t => t.NotificationId, StringComparer.Ordinal).Take(take))
        {
            yield return ticket;
        }
    }

    /// <summary>Takes the ticket until <paramref name="until"/> and counts the attempt; null when another dispatcher took or finished it.</summary>
    public async Task<NotificationTicket?> TryTakeAsync(NotificationTicket ticket, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var marker = Marker(ticket.TenantId, ticket.AccountId, ticket.NotificationId, ticket.Kind, ticket.CreatedAt, until, ticket.Attempts + 1);
        try
        {
            var response = await tables.Notify.UpdateEntityAsync(marker, new ETag(ticket.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return TicketOf(marker, response.Headers.ETag?.ToString() ?? string.Empty);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.PreconditionFailed)
        {
            return null;
        }
    }

    /// <summary>The notification a ticket stands for; null while its transaction has not committed (or never will).</summary>
    public async Task<PendingNotification?> ReadAsync(NotificationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var entry = await tables.Data.GetEntityIfExistsAsync<TableEntity>(
            StorageKeys.AccountPartition(ticket.TenantId, ticket.AccountId), NotificationMapping.RowKey(ticket.NotificationId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return entry.HasValue && entry.Value is { } entity ? NotificationMapping.FromEntity(entity) : null;
    }

    /// <summary>A marker without its notification older than the repair delay: its transaction never committed (or it was delivered).</summary>
    public bool IsOrphan(NotificationTicket ticket) =>
        time.GetUtcNow() - ticket.CreatedAt >= options.Value.OutboxRepairDelay;

    /// <summary>Delivered (or given up): the notification and its marker go.</summary>
    public async Task CompleteAsync(NotificationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await IgnoreMissingAsync(tables.Data.DeleteEntityAsync(
            StorageKeys.AccountPartition(ticket.TenantId, ticket.AccountId), NotificationMapping.RowKey(ticket.NotificationId), ETag.All, cancellationToken)).ConfigureAwait(false);
        await DropMarkerAsync(ticket, cancellationToken).ConfigureAwait(false);
    }

    public Task DropMarkerAsync(NotificationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return IgnoreMissingAsync(tables.Notify.DeleteEntityAsync(ticket.TenantId, MarkerRowKey(ticket.AccountId, ticket.NotificationId), ETag.All, cancellationToken));
    }

    /// <summary>Moves the next attempt of a ticket this dispatcher holds; nothing if another took it meanwhile.</summary>
    public async Task RescheduleAsync(NotificationTicket ticket, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var marker = Marker(ticket.TenantId, ticket.AccountId, ticket.NotificationId, ticket.Kind, ticket.CreatedAt, at, ticket.Attempts);
        try
        {
            await tables.Notify.UpdateEntityAsync(marker, new ETag(ticket.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.PreconditionFailed)
        {
            // Taken or finished by another dispatcher.
        }
    }

    internal static string MarkerRowKey(string accountId, string notificationId) => $"{StorageKeys.Checked(accountId)}|{StorageKeys.Checked(notificationId)}";

    internal static TableEntity Marker(
        string tenantId, string accountId, string notificationId, string kind, DateTimeOffset createdAt, DateTimeOffset nextAttemptAt, int attempts) =>
        new(NotificationOutbox.PartitionKeyOf(tenantId), MarkerRowKey(accountId, notificationId))
        {
            [KindProperty] = kind,
            [CreatedAtProperty] = createdAt,
            [NextAttemptAtProperty] = nextAttemptAt,
            [AttemptsProperty] = attempts,
        };

    internal static NotificationTicket TicketOf(TableEntity marker, string etag)
    {
        var separator = marker.RowKey.IndexOf('|', StringComparison.Ordinal);
        return new NotificationTicket(
            marker.PartitionKey,
            marker.RowKey[..separator],
            marker.RowKey[(separator + 1)..],
            marker.GetString(KindProperty) ?? string.Empty,
            marker.GetDateTimeOffset(CreatedAtProperty) ?? DateTimeOffset.MinValue,
            marker.GetDateTimeOffset(NextAttemptAtProperty) ?? DateTimeOffset.MinValue,
            marker.GetInt32(AttemptsProperty) ?? 0,
            etag);
    }

    private static async Task IgnoreMissingAsync(Task<Response> delete)
    {
        try
        {
            await delete.ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            // Already gone.
        }
    }
}
