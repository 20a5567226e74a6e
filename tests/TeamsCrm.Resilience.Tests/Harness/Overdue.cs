using Azure;

namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>
/// Lets time pass for one pending handoff: its due time (set to tomorrow through the card, since a due date must lie
/// ahead) moves to a minute ago, in the record and in the due index, exactly as the rows look once that time has come.
/// </summary>
internal static class Overdue
{
    public static async Task MakeOverdueAsync(CrmState state, string accountId, string handoffId)
    {
        var tenant = DemoPeople.TenantId;
        var due = DateTimeOffset.UtcNow.AddMinutes(-1);
        await state.Tables.Data.UpdateEntityAsync(
            new TableEntity(StorageKeys.AccountPartition(tenant, accountId), StorageKeys.HandoffPrefix + handoffId) { ["DueAt"] = due },
            ETag.All, TableUpdateMode.Merge);
        var duePartition = StorageKeys.DuePartition(tenant);
        await foreach (var entry in state.Tables.Index.QueryAsync<TableEntity>(StorageKeys.Filter(duePartition)))
        {
            if (entry.RowKey.EndsWith($"|{accountId}|{handoffId}", StringComparison.Ordinal))
            {
                await state.Tables.Index.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All);
            }
        }

        await state.Tables.Index.AddEntityAsync(new TableEntity(duePartition, IndexProjection.DueRowKey(due, accountId, handoffId))
        {
            ["AccountId"] = accountId,
            ["RecordId"] = handoffId,
        });
    }
}
