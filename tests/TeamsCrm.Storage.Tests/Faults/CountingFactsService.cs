using System.Collections.Concurrent;
using Azure;

namespace TeamsCrm.Storage.Tests.Faults;

/// <summary>
/// A table service whose "Facts" table counts its point reads per partition (everything else passes): of one row key
/// (e.g. a document's header) when <paramref name="rowKey"/> is given, else of every row.
/// </summary>
internal sealed class CountingFactsService(string connectionString, string? rowKey = null) : TableServiceClient(connectionString)
{
    private readonly string _connectionString = connectionString;
    private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);

    /// <summary>How many point reads were made in this partition.</summary>
    public int Reads(string partition) => _reads.GetValueOrDefault(partition);

    /// <summary>Point reads of partitions ending with <paramref name="suffix"/> so far.</summary>
    public int PointReads(string suffix) => _reads.Where(p => p.Key.EndsWith(suffix, StringComparison.Ordinal)).Sum(p => p.Value);

    public override TableClient GetTableClient(string tableName) =>
        tableName.EndsWith("Facts", StringComparison.Ordinal) ? new CountingTable(_connectionString, tableName, this) : base.GetTableClient(tableName);

    private void Count(string partition, string key)
    {
        if (rowKey is null || key == rowKey)
        {
            _reads.AddOrUpdate(partition, 1, (_, n) => n + 1);
        }
    }

    private sealed class CountingTable(string connectionString, string tableName, CountingFactsService service) : TableClient(connectionString, tableName)
    {
        public override Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        {
            service.Count(partitionKey, rowKey);
            return base.GetEntityIfExistsAsync<T>(partitionKey, rowKey, select, cancellationToken);
        }

        public override Task<Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        {
            service.Count(partitionKey, rowKey);
            return base.GetEntityAsync<T>(partitionKey, rowKey, select, cancellationToken);
        }
    }
}
