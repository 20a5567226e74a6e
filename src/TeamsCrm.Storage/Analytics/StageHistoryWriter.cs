using System.Globalization;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Writes deals' stage rows ("d|{account}|{deal}|s|{UTC ticks}") derived from their audit entries
/// (<see cref="AuditStageHistory"/>): the rows <see cref="FactProjection"/> writes as each change happens, with the same
/// keys and values, upserted in transactions of up to 100 to the tenant's facts partition. For deals whose history the
/// projection did not see change by change: those from before the stage rows (<see cref="StageHistoryBackfill"/>) and
/// deals stored with their whole history at once (the demo history). Idempotent; it does not touch the summary.
/// </summary>
public sealed class StageHistoryWriter(CrmTables tables)
{
    public const int MaxRowsPerTransaction = 100;

    /// <summary>Writes the stage rows of one tenant's <paramref name="deals"/> from their entries among <paramref name="audit"/>; the number of rows.</summary>
    public async Task<int> WriteAsync(string tenantId, IEnumerable<Deal> deals, IEnumerable<AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        var rows = RowsOf(tenantId, deals, audit);
        await UpsertAsync(rows, MaxRowsPerTransaction, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    internal static List<TableEntity> RowsOf(string tenantId, IEnumerable<Deal> deals, IEnumerable<AuditEntry> audit)
    {
        var byDeal = audit.ToLookup(e => e.RecordId, StringComparer.Ordinal);
        return [.. deals.SelectMany(deal => AuditStageHistory.Of(deal, byDeal[deal.Id]).Select(change => StageRow(tenantId, deal, change)))];
    }

    /// <summary>Upserts rows of one facts partition, <paramref name="perTransaction"/> (at most 100) at a time.</summary>
    internal async Task UpsertAsync(IReadOnlyList<TableEntity> rows, int perTransaction, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(Math.Min(perTransaction, MaxRowsPerTransaction)))
        {
            await tables.Facts.SubmitTransactionAsync(
                chunk.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The row <see cref="FactProjection"/> writes when the deal enters the stage (tested equal to it).</summary>
    private static TableEntity StageRow(string tenantId, Deal deal, StageChange change) =>
        new(StorageKeys.FactsPartition(tenantId), $"{FactProjection.DealRowKey(deal.AccountId, deal.Id)}{FactProjection.StagePrefix}{change.EnteredAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}")
        {
            ["Stage"] = change.Stage.ToString(),
            ["At"] = change.EnteredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        };
}
