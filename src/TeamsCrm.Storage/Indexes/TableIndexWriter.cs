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
        foreach (var tenant in DealsOf(operations).GroupBy(d => d.Tenant, StringComparer.Ordinal))
        {
            await _books.ApplyDealsAsync(tenant.Key, tenant.Select(d => d.Deal), cancellationToken).ConfigureAwait(false);
        }

        var factTenants = operations
            .Where(o => o.Table == tables.Facts.Name)
            .Select(o => o.PartitionKey[..o.PartitionKey.IndexOf('|', StringComparison.Ordinal)])
            .Distinct(StringComparer.Ordinal);
        await Task.WhenAll(factTenants.Select(tenant => SummaryMarks.MarkDueAsync(tables, tenant, cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>The deals whose fact rows ("d|{account}|{deal}", "d|{account}|{deal}|s|{ticks}") the operations write, with the stage rows among them.</summary>
    private IEnumerable<(string Tenant, DealToApply Deal)> DealsOf(IReadOnlyList<IndexOperation> operations) => operations
        .Where(o => o.Table == tables.Facts.Name && o.RowKey.StartsWith(FactProjection.DealPrefix, StringComparison.Ordinal))
        .Select(o => (Operation: o, Tenant: o.PartitionKey[..o.PartitionKey.IndexOf('|', StringComparison.Ordinal)], Keys: o.RowKey.Split('|')))
        .GroupBy(o => (o.Tenant, Account: o.Keys[1], Deal: o.Keys[2]))
        .Select(g => (g.Key.Tenant, new DealToApply(
            g.Key.Account,
            g.Key.Deal,
            [.. g.Where(o => o.Keys.Length == 5 && o.Operation.Properties is { } stage).Select(o => FactRows.ToStageChange(o.Operation.Properties!["Stage"]!, o.Operation.Properties!["At"]!))])));

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

        if (operation.Table == tables.Facts.Name && DealFactRows.IsDealRow(operation.RowKey))
        {
            // A deal's fact row only moves forward: an older change replayed late leaves a newer row (and a tombstone) as it is.
            await DealFactRows.WriteAsync(tables.Facts, entity, cancellationToken).ConfigureAwait(false);
            return;
        }

        await tables.ByName(operation.Table).UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
