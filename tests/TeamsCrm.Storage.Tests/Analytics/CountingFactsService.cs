using Azure;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>A table service whose "Facts" table counts its point reads per partition (everything else passes).</summary>
internal sealed class CountingFactsService(string connectionString) : TableServiceClient(connectionString)
{
    private readonly string _connectionString = connectionString;
    private readonly Dictionary<string, int> _pointReads = new(StringComparer.Ordinal);

    /// <summary>Point reads of partitions ending with <paramref name="suffix"/> so far.</summary>
    public int PointReads(string suffix)
    {
        lock (_pointReads)
        {
            return _pointReads.Where(p => p.Key.EndsWith(suffix, StringComparison.Ordinal)).Sum(p => p.Value);
        }
    }

    public override TableClient GetTableClient(string tableName) =>
        tableName.EndsWith("Facts", StringComparison.Ordinal) ? new CountingTable(_connectionString, tableName, this) : base.GetTableClient(tableName);

    private void Count(string partition)
    {
        lock (_pointReads)
        {
            _pointReads[partition] = _pointReads.GetValueOrDefault(partition) + 1;
        }
    }

    private sealed class CountingTable(string connectionString, string tableName, CountingFactsService service) : TableClient(connectionString, tableName)
    {
        public override Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        {
            service.Count(partitionKey);
            return base.GetEntityIfExistsAsync<T>(partitionKey, rowKey, select, cancellationToken);
        }
    }
}
