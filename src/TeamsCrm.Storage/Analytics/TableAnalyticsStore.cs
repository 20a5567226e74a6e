using System.Globalization;
using System.Text.Json;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The analytics' facts (written by <see cref="FactProjection"/> through the outbox) and the pipeline summary, in the
/// "Facts" table. The summary is one partition: a header row and its JSON in parts of at most 30,000 characters (a
/// string property holds 64 KB), replaced in one transaction so a reader never sees half of it.
/// </summary>
public sealed class TableAnalyticsStore(CrmTables tables, IProductCatalogStore catalog) : IAnalyticsStore
{
    private const int PartLength = 30_000;
    private const string Header = "header";
    private const string PartPrefix = "part|";

    public async Task<IReadOnlyList<DealFact>> ReadDealFactsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await ReadDealsAsync(tenantId, FactProjection.DealPrefix, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<DealFact>> ReadAccountDealFactsAsync(string tenantId, string accountId, CancellationToken cancellationToken = default) =>
        await ReadDealsAsync(tenantId, FactProjection.DealRowKey(StorageKeys.Checked(accountId), string.Empty), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<AccountFact>> ReadAccountFactsAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var accounts = new List<AccountFact>();
        await foreach (var row in RowsAsync(tenantId, FactProjection.AccountPrefix, cancellationToken).ConfigureAwait(false))
        {
            accounts.Add(new AccountFact { Id = row.GetString("AccountId"), Industry = row.GetString("Industry"), SizeBand = row.GetString("SizeBand"), Country = row.GetString("Country") });
        }

        return accounts;
    }

    public async Task<PipelineSummary?> ReadSummaryAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var count = -1;
        await foreach (var row in tables.Facts.QueryAsync<TableEntity>(StorageKeys.Filter(StorageKeys.SummaryPartition(tenantId)), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == Header)
            {
                count = row.GetInt32("Parts") ?? 0;
            }
            else
            {
                parts[row.RowKey] = row.GetString("Json");
            }
        }

        return count < 0 ? null : JsonSerializer.Deserialize<PipelineSummary>(string.Concat(parts.Values.Take(count)));
    }

    public async Task WriteSummaryAsync(string tenantId, PipelineSummary summary, CancellationToken cancellationToken = default)
    {
        var partition = StorageKeys.SummaryPartition(tenantId);
        var json = JsonSerializer.Serialize(summary);
        var count = (json.Length + PartLength - 1) / PartLength;
        var previous = await tables.Facts.GetEntityIfExistsAsync<TableEntity>(partition, Header, cancellationToken: cancellationToken).ConfigureAwait(false);
        var previousCount = previous.HasValue ? previous.Value!.GetInt32("Parts") ?? 0 : 0;
        var actions = Enumerable.Range(0, count)
            .Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, PartKey(i)) { ["Json"] = json.Substring(i * PartLength, Math.Min(PartLength, json.Length - (i * PartLength))) }))
            .Concat(Enumerable.Range(count, Math.Max(0, previousCount - count)).Select(i => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, PartKey(i)), ETag.All)))
            .Append(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, Header) { ["Parts"] = count, ["ComputedAt"] = summary.ComputedAt }))
            .ToList();
        await tables.Facts.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    private static string PartKey(int index) => PartPrefix + index.ToString("D4", CultureInfo.InvariantCulture);

    private async Task<List<DealFact>> ReadDealsAsync(string tenantId, string prefix, CancellationToken cancellationToken)
    {
        var products = (await catalog.ListAsync(tenantId, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var deals = new List<DealFact>();
        await foreach (var row in RowsAsync(tenantId, prefix, cancellationToken).ConfigureAwait(false))
        {
            deals.Add(FactRows.ToDealFact(row, products));
        }

        return deals;
    }

    private AsyncPageable<TableEntity> RowsAsync(string tenantId, string prefix, CancellationToken cancellationToken) =>
        tables.Facts.QueryAsync<TableEntity>(
            StorageKeys.Filter(StorageKeys.FactsPartition(tenantId), prefix, StorageKeys.PrefixEnd(prefix)), cancellationToken: cancellationToken);
}
