using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The analytics' facts (written by <see cref="FactProjection"/> through the outbox) and the pipeline summary, in the
/// "Facts" table. The summary is one partition: a header row and its JSON in parts of at most 30,000 characters (a
/// string property holds 64 KB), replaced in one transaction so a reader never sees half of it. The last summary read
/// is kept parsed per tenant and used again while the stored header's ETag is unchanged (one point read).
/// </summary>
public sealed class TableAnalyticsStore(CrmTables tables, IProductCatalogStore catalog) : IAnalyticsStore
{
    private const int PartLength = 30_000;
    private const string Header = "header";
    private const string PartPrefix = "part|";

    /// <summary>Parsed summaries kept per tenant (this many at most; then they start over).</summary>
    private const int MaxKeptSummaries = 1_000;

    private readonly ConcurrentDictionary<string, (ETag Version, PipelineSummary Summary)> _summaries = new(StringComparer.Ordinal);

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
        var partition = StorageKeys.SummaryPartition(tenantId);
        if (_summaries.TryGetValue(tenantId, out var cached))
        {
            // One point read says whether the kept summary is still the stored one (every write gives the header a new ETag).
            var current = await tables.Facts.GetEntityIfExistsAsync<TableEntity>(partition, Header, select: ["Parts"], cancellationToken: cancellationToken).ConfigureAwait(false);
            if (current.HasValue && current.Value!.ETag == cached.Version)
            {
                return cached.Summary;
            }
        }

        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var count = -1;
        var version = default(ETag);
        await foreach (var row in tables.Facts.QueryAsync<TableEntity>(StorageKeys.Filter(partition), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == Header)
            {
                count = row.GetInt32("Parts") ?? 0;
                version = row.ETag;
            }
            else
            {
                parts[row.RowKey] = row.GetString("Json");
            }
        }

        if (count < 0)
        {
            return null;
        }

        var summary = JsonSerializer.Deserialize<PipelineSummary>(string.Concat(parts.Values.Take(count)))!;
        if (_summaries.Count >= MaxKeptSummaries)
        {
            _summaries.Clear();
        }

        _summaries[tenantId] = (version, summary);
        return summary;
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
        var history = new Dictionary<string, List<StageChange>>(StringComparer.Ordinal);
        await foreach (var row in RowsAsync(tenantId, prefix, cancellationToken).ConfigureAwait(false))
        {
            // "d|{account}|{deal}" is the deal; "d|{account}|{deal}|s|{ticks}" a stage it entered.
            var keys = row.RowKey.Split('|');
            if (keys.Length == 3)
            {
                deals.Add(FactRows.ToDealFact(row, products));
            }
            else if (keys.Length == 5)
            {
                (history.TryGetValue(keys[2], out var changes) ? changes : history[keys[2]] = []).Add(FactRows.ToStageChange(row));
            }
        }

        return [.. deals.Select(d => history.TryGetValue(d.Id, out var changes) ? d with { StageHistory = [.. changes.OrderBy(c => c.EnteredAt)] } : d)];
    }

    private AsyncPageable<TableEntity> RowsAsync(string tenantId, string prefix, CancellationToken cancellationToken) =>
        tables.Facts.QueryAsync<TableEntity>(
            StorageKeys.Filter(StorageKeys.FactsPartition(tenantId), prefix, StorageKeys.PrefixEnd(prefix)), cancellationToken: cancellationToken);
}
