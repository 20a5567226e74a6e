using System.Globalization;
using System.Text.Json;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The analytics' facts (written by <see cref="FactProjection"/> through the outbox) and the published pipeline summary,
/// in the "Facts" table. The summary is one partition written with <see cref="JsonParts"/> (a new generation of parts,
/// then the header switched to it), so any size fits and a reader never sees half of it. The last summary read is kept
/// parsed per tenant by <see cref="KeptParsed{TKey, T}"/> and used again while the stored header's ETag is unchanged
/// (one point read). The header names the summary's <see cref="Shape"/>: a summary stored in an earlier shape counts
/// as none, so the reader computes it again from the facts instead of misreading it. Every write ends by raising the
/// tenant's <see cref="AnalyticsVersions"/>; while it is unchanged, the kept summary answers without the header's read.
/// </summary>
public sealed class TableAnalyticsStore(CrmTables tables, IProductCatalogStore catalog, AnalyticsVersions versions) : IAnalyticsStore
{
    private const string OldPartPrefix = "part|";

    /// <summary>The stored summary's JSON shape: 3 since it is written in generations (2: one transaction, 1: no totals).</summary>
    private const int Shape = 3;

    /// <summary>Parsed summaries kept per partition while the header's ETag is unchanged.</summary>
    private readonly KeptParsed<string, PipelineSummary> _summaries = new();

    /// <summary>A store with its own tenant versions (tests, tools); the app shares one <see cref="AnalyticsVersions"/>.</summary>
    public TableAnalyticsStore(CrmTables tables, IProductCatalogStore catalog)
        : this(tables, catalog, new AnalyticsVersions(tables))
    {
    }

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

    public Task<PipelineSummary?> ReadSummaryAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var partition = StorageKeys.SummaryPartition(tenantId);
        return _summaries.ReadAsync(
            partition,
            ct => versions.CurrentAsync(tenantId, ct),
            ct => JsonParts.VersionAsync(tables.Facts, partition, ct),
            async ct => await JsonParts.ReadVersionedAsync(tables.Facts, partition, ct).ConfigureAwait(false) is { Shape: Shape } stored
                ? (stored.Version, JsonSerializer.Deserialize<PipelineSummary>(stored.Json)!)
                : null,
            cancellationToken);
    }

    public async Task WriteSummaryAsync(string tenantId, PipelineSummary summary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var partition = StorageKeys.SummaryPartition(tenantId);
        var replaced = await JsonParts.WriteAsync(tables.Facts, partition, JsonSerializer.Serialize(summary), summary.ComputedAt, Shape, cancellationToken).ConfigureAwait(false);
        if (replaced is { Existed: true, Generation: null })
        {
            // A summary of shape 1 or 2 ("part|0000"…, one transaction, a header without a generation): its parts go
            // once the new one is in place. The switch read that header anyway, so this costs no read of its own.
            var old = Enumerable.Range(0, replaced.Parts)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, OldPartPrefix + i.ToString("D4", CultureInfo.InvariantCulture)), ETag.All));
            try
            {
                await JsonParts.SubmitAsync(tables.Facts, old, cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == (int)System.Net.HttpStatusCode.NotFound)
            {
                // Another writer removed them first.
            }
        }

        await versions.RaiseAsync(tenantId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<DealFact>> ReadDealsAsync(string tenantId, string prefix, CancellationToken cancellationToken)
    {
        var products = (await catalog.ListAsync(tenantId, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var rows = new List<TableEntity>();
        await foreach (var row in RowsAsync(tenantId, prefix, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return [.. FactRows.JoinDeals(rows, products).Select(d => d.Fact)];
    }

    private AsyncPageable<TableEntity> RowsAsync(string tenantId, string prefix, CancellationToken cancellationToken) =>
        tables.Facts.QueryAsync<TableEntity>(
            StorageKeys.Filter(StorageKeys.FactsPartition(tenantId), prefix, StorageKeys.PrefixEnd(prefix)), cancellationToken: cancellationToken);
}
