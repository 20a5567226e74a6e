using System.Globalization;
using System.Net;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Which tenants' summaries are due: a row per tenant in the "Facts" table's partition "~due" ('~': no tenant id starts
/// with it), upserted after the tenant's fact rows changed. Each upsert gives the row a new ETag, so the refresher
/// clears it only if no change arrived while it computed (<see cref="ClearAsync(CrmTables, string, ETag, CancellationToken)"/>); otherwise it stays due.
/// </summary>
public static class SummaryMarks
{
    internal const string Partition = "~due";

    /// <summary>The customer summaries' marks (<see cref="CustomerRefreshService"/>), set with the pipeline's and cleared on their own.</summary>
    internal const string CustomersPartition = "~due-customers";

    /// <summary>A row per tenant with a published pipeline summary, naming the day its slipped deals were renewed for.</summary>
    internal const string PipelinesPartition = "~pipelines";

    public static Task MarkDueAsync(CrmTables tables, string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return Task.WhenAll(
            tables.Facts.UpsertEntityAsync(new TableEntity(Partition, StorageKeys.Checked(tenantId)), TableUpdateMode.Replace, cancellationToken),
            tables.Facts.UpsertEntityAsync(new TableEntity(CustomersPartition, StorageKeys.Checked(tenantId)), TableUpdateMode.Replace, cancellationToken));
    }

    public static Task<IReadOnlyList<(string TenantId, ETag Version)>> ListDueAsync(CrmTables tables, CancellationToken cancellationToken) =>
        ListDueAsync(tables, Partition, cancellationToken);

    public static Task<bool> ClearAsync(CrmTables tables, string tenantId, ETag version, CancellationToken cancellationToken) =>
        ClearAsync(tables, Partition, tenantId, version, cancellationToken);

    /// <summary>Notes the day a tenant's published summary was renewed for (its slipped deals as of that day).</summary>
    public static Task RenewedAsync(CrmTables tables, string tenantId, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return tables.Facts.UpsertEntityAsync(
            new TableEntity(PipelinesPartition, StorageKeys.Checked(tenantId)) { ["Day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>The tenants whose published summary was renewed before <paramref name="today"/> (its slipped deals need today's).</summary>
    public static async Task<IReadOnlyList<string>> ListNotRenewedSinceAsync(CrmTables tables, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PipelinesPartition} and Day lt {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var stale = new List<string>();
        await foreach (var mark in tables.Facts.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            stale.Add(mark.RowKey);
        }

        return stale;
    }

    /// <summary>The tenants marked due in one marks partition (<see cref="Partition"/> or <see cref="CustomersPartition"/>).</summary>
    public static async Task<IReadOnlyList<(string TenantId, ETag Version)>> ListDueAsync(CrmTables tables, string partition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var due = new List<(string, ETag)>();
        await foreach (var mark in tables.Facts.QueryAsync<TableEntity>(StorageKeys.Filter(partition), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            due.Add((mark.RowKey, mark.ETag));
        }

        return due;
    }

    /// <summary>Clears the mark if it is still <paramref name="version"/>; false when a newer change marked it again.</summary>
    public static async Task<bool> ClearAsync(CrmTables tables, string partition, string tenantId, ETag version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        try
        {
            await tables.Facts.DeleteEntityAsync(partition, tenantId, version, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
