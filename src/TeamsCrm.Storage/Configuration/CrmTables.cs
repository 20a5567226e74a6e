using Microsoft.Extensions.Options;

namespace TeamsCrm.Storage.Configuration;

/// <summary>
/// The CRM's tables: account partitions ("Data"), per-person and partner indexes ("Index"), the
/// account name index sharded by the first character of the folded key ("Namesa" … "Names9"),
/// outbox markers of index updates in flight ("Outbox"), markers of pending notifications
/// ("Notify"), partner organisations ("Partners"), channel → account links ("Links"), the product catalogs ("Catalog") and
/// the analytics' deal facts and summaries ("Facts").
/// </summary>
public sealed class CrmTables
{
    /// <summary>The characters a folded name key can start with: one name-index table each.</summary>
    public const string NameShards = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Dictionary<string, TableClient> _byName;

    public CrmTables(TableServiceClient service, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        var prefix = options.Value.TablePrefix;
        Service = service;
        Data = service.GetTableClient(prefix + "Data");
        Index = service.GetTableClient(prefix + "Index");
        Outbox = service.GetTableClient(prefix + "Outbox");
        Notify = service.GetTableClient(prefix + "Notify");
        Partners = service.GetTableClient(prefix + "Partners");
        Links = service.GetTableClient(prefix + "Links");
        Catalog = service.GetTableClient(prefix + "Catalog");
        Facts = service.GetTableClient(prefix + "Facts");
        Names = NameShards.ToDictionary(shard => shard, shard => service.GetTableClient($"{prefix}Names{shard}"));
        _byName = All.ToDictionary(table => table.Name, StringComparer.Ordinal);
        TimeBounds = StorageTimeBounds.From(options.Value);
    }

    /// <summary>How long a commit may take with the clients' retry policy (the same options built them).</summary>
    public StorageTimeBounds TimeBounds { get; }

    public TableServiceClient Service { get; }

    public TableClient Data { get; }

    public TableClient Index { get; }

    public TableClient Outbox { get; }

    /// <summary>Markers of pending notifications (tenant-keyed), so the dispatcher finds them without scanning account partitions.</summary>
    public TableClient Notify { get; }

    public TableClient Partners { get; }

    public TableClient Links { get; }

    /// <summary>One partition per tenant: its product catalog.</summary>
    public TableClient Catalog { get; }

    /// <summary>Per tenant: the deal facts the analytics read and the summaries kept from them.</summary>
    public TableClient Facts { get; }

    public IReadOnlyDictionary<char, TableClient> Names { get; }

    public IEnumerable<TableClient> All => [Data, Index, Outbox, Notify, Partners, Links, Catalog, Facts, .. Names.Values];

    /// <summary>The name-index table that holds keys starting with the first character of <paramref name="foldedKey"/>.</summary>
    public TableClient NamesFor(string foldedKey) =>
        Names.TryGetValue(foldedKey[0], out var table) ? table : throw new ArgumentException($"'{foldedKey}' is not a folded key.", nameof(foldedKey));

    /// <summary>A table of this set by its name (index operations name the table they write to).</summary>
    public TableClient ByName(string tableName) =>
        _byName.TryGetValue(tableName, out var table) ? table : throw new ArgumentException($"'{tableName}' is not a CRM table.", nameof(tableName));

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(All.Select(table => table.CreateIfNotExistsAsync(cancellationToken)));
}
