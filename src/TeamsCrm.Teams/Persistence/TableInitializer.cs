using Azure.Data.Tables;

namespace TeamsCrm.Teams.Persistence;

/// <summary>Creates a table once, on first use, and hands out its client.</summary>
internal sealed class TableInitializer(TableServiceClient tables, string tableName) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TableClient? _client;

    public void Dispose() => _gate.Dispose();

    public async ValueTask<TableClient> GetAsync(CancellationToken cancellationToken)
    {
        if (_client is not null)
        {
            return _client;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_client is null)
            {
                var client = tables.GetTableClient(tableName);
                await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                _client = client;
            }

            return _client;
        }
        finally
        {
            _gate.Release();
        }
    }
}
