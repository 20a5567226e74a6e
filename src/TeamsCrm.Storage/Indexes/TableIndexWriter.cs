using System.Net;
using TeamsCrm.Storage.Analytics;

namespace TeamsCrm.Storage.Indexes;

/// <summary>
/// Applies index operations to their index tables, in parallel: upserts replace, deletes ignore absence. After the
/// analytics' fact rows of a tenant are written, and only then, it marks the tenant's summary as due
/// (<see cref="SummaryMarks"/>), so a summary computed after the mark sees the facts.
/// </summary>
public sealed class TableIndexWriter(CrmTables tables) : IIndexWriter
{
    public async Task ApplyAsync(IReadOnlyList<IndexOperation> operations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        await Task.WhenAll(operations.Select(operation => ApplyOneAsync(operation, cancellationToken))).ConfigureAwait(false);
        var factTenants = operations
            .Where(o => o.Table == tables.Facts.Name)
            .Select(o => o.PartitionKey[..o.PartitionKey.IndexOf('|', StringComparison.Ordinal)])
            .Distinct(StringComparer.Ordinal);
        await Task.WhenAll(factTenants.Select(tenant => SummaryMarks.MarkDueAsync(tables, tenant, cancellationToken))).ConfigureAwait(false);
    }

    private async Task ApplyOneAsync(IndexOperation operation, CancellationToken cancellationToken)
    {
        if (operation.IsDelete)
        {
            try
            {
                await tables.ByName(operation.Table).DeleteEntityAsync(operation.PartitionKey, operation.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
            {
                // Already gone: replaying a delete is fine.
            }

            return;
        }

        var entity = new TableEntity(operation.PartitionKey, operation.RowKey);
        foreach (var (name, value) in operation.Properties!)
        {
            entity[name] = value;
        }

        await tables.ByName(operation.Table).UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
