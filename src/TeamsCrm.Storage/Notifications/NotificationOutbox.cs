using TeamsCrm.Core.Notifications;

namespace TeamsCrm.Storage.Notifications;

/// <summary>
/// The write side of durable notifications, used by the account store's commit exactly like the index outbox: before
/// the transaction a marker per notification goes into the small tenant-keyed "Notify" table (one batch: they share the
/// tenant's partition); the transaction itself carries the notifications ("n|{id}" in the account partition). A marker
/// whose transaction failed is removed at once; one whose writer died before the commit finds no entry and is dropped
/// by the dispatcher after the repair delay. After the commit the tickets go to the <see cref="NotificationJournal"/>,
/// so the unit of work that wrote them can deliver them at once.
/// </summary>
public sealed class NotificationOutbox(CrmTables tables, NotificationJournal journal, TimeProvider time)
{
    private const int MarkersPerBatch = 100;

    /// <summary>The transaction actions that store the notifications in the account partition.</summary>
    public static IEnumerable<TableTransactionAction> EntriesFor(string partitionKey, IReadOnlyList<PendingNotification> notifications) =>
        notifications.Select(n => new TableTransactionAction(TableTransactionActionType.Add, NotificationMapping.ToEntity(partitionKey, n)));

    /// <summary>Writes one marker per notification, due at once; returns their tickets (nothing for no notifications).</summary>
    public async Task<IReadOnlyList<NotificationTicket>> WriteMarkersAsync(
        string tenantId, string accountId, IReadOnlyList<PendingNotification> notifications, CancellationToken cancellationToken)
    {
        var tickets = new List<NotificationTicket>();
        var now = time.GetUtcNow();
        foreach (var batch in notifications.Chunk(MarkersPerBatch))
        {
            var markers = batch.Select(n => PendingNotificationStore.Marker(tenantId, accountId, n.Id, n.Kind.ToString(), now, now, attempts: 0)).ToList();
            var response = await tables.Notify.SubmitTransactionAsync(
                markers.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, m)), cancellationToken).ConfigureAwait(false);
            tickets.AddRange(markers.Select((m, i) => PendingNotificationStore.TicketOf(m, response.Value[i].Headers.ETag?.ToString() ?? string.Empty)));
        }

        return tickets;
    }

    /// <summary>The transaction did not commit: its markers go (best effort; a leftover is dropped as an orphan later).</summary>
    public async Task DeleteMarkersAsync(IReadOnlyList<NotificationTicket> tickets, CancellationToken cancellationToken)
    {
        foreach (var ticket in tickets)
        {
            try
            {
                await tables.Notify.DeleteEntityAsync(ticket.TenantId, PendingNotificationStore.MarkerRowKey(ticket.AccountId, ticket.NotificationId), ETag.All, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException)
            {
                // Already gone, or storage failed: the dispatcher drops the orphan after the repair delay.
            }
        }
    }

    /// <summary>The transaction committed: the unit of work in progress may deliver these now.</summary>
    public void Committed(IReadOnlyList<NotificationTicket> tickets) => journal.Committed(tickets);

    internal static string PartitionKeyOf(string tenantId) => StorageKeys.Checked(tenantId);
}
