using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace TeamsCrm.Storage.Configuration;

/// <summary>
/// The CRM's tables: account partitions ("Data"), secondary indexes ("Index"), outbox markers of
/// index updates in flight ("Outbox") and partner organisations ("Partners").
/// </summary>
public sealed class CrmTables
{
    public CrmTables(TableServiceClient service, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        var prefix = options.Value.TablePrefix;
        Service = service;
        Data = service.GetTableClient(prefix + "Data");
        Index = service.GetTableClient(prefix + "Index");
        Outbox = service.GetTableClient(prefix + "Outbox");
        Partners = service.GetTableClient(prefix + "Partners");
    }

    public TableServiceClient Service { get; }

    public TableClient Data { get; }

    public TableClient Index { get; }

    public TableClient Outbox { get; }

    public TableClient Partners { get; }

    public IEnumerable<TableClient> All => [Data, Index, Outbox, Partners];

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
