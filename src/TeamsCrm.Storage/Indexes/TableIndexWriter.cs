using System.Net;
using TeamsCrm.Storage.Analytics;

namespace TeamsCrm.Storage.Indexes;

/// <summary>
/// Applies index operations to their index tables, in parallel: upserts replace, deletes ignore absence. After the
/// analytics' fact rows of a tenant are written, and only then, it applies the deals they belong to to the pipeline
/// books (<see cref="PipelineBooks"/>) and marks the tenant's summary as due (<see cref="SummaryMarks"/>), so a summary
/// published after the mark sees the change. If either fails, the outbox entry stays and its replay does both.
/// </summary>
public sealed class TableIndexWriter(CrmTables tables) : IIndexWriter
{
    private readonly PipelineBooks _books = new(tables);

    public async Task ApplyAsync(IReadOnlyList<IndexOperation> operations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        await Task.WhenAll(operations.Select(operation => ApplyOneAsync(operation, cancellationToken))).ConfigureAwait(false);
        var deals = operations
            .Where(o => o.Table == tables.Facts.Name && o.RowKey.StartsWith(FactProjection.DealPrefix, StringComparison.Ordinal))
            .Select(o => (Tenant: o.PartitionKey[..o.PartitionKey.IndexOf('|', StringComparison.Ordinal)], Keys: o.RowKey.Split('|')))
            .GroupBy(o => o.Tenant, StringComparer.Ordinal);
        foreach (var tenant in deals)
        {
            await _books.ApplyDealsAsync(tenant.Key, tenant.Select(d => (d.Keys[1], d.Keys[2])), cancellationToken).ConfigureAwait(false);
        }

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
