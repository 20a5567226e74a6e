using System.Net;

namespace TeamsCrm.Storage.Indexes;

/// <summary>Applies index operations to their index tables, in parallel: upserts replace, deletes ignore absence.</summary>
public sealed class TableIndexWriter(CrmTables tables) : IIndexWriter
{
    public Task ApplyAsync(IReadOnlyList<IndexOperation> operations, CancellationToken cancellationToken = default) =>
        Task.WhenAll(operations.Select(operation => ApplyOneAsync(operation, cancellationToken)));

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
