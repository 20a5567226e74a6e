using System.Globalization;
using System.Text.Json;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Indexes;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The analytics' fact rows a record change writes, through the same outbox as the indexes: one row per deal
/// ("d|{account}|{deal}": stage, money, owner, dates, line items) and one per account ("a|{account}": industry, size
/// band, country) in the tenant's facts partition, plus a row per stage a deal entered (its stage history). A row is derived from the record alone, so a redelivered change
/// writes the same row; an account's attributes live once, on its own row, and are joined when the facts are read. A deal's
/// row carries the version it came from and a deleted deal's row is a tombstone, so an older change replayed late never
/// replaces a newer one (<see cref="DealFactRows"/>).
/// </summary>
public static class FactProjection
{
    public const string DealPrefix = "d|";
    public const string AccountPrefix = "a|";
    public const string StagePrefix = "|s|";

    public static IReadOnlyList<IndexOperation> For(CrmTables tables, string tenantId, RecordChange change)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(change);
        var operations = IndexProjection.Diff(Rows(tenantId, change.Before), Rows(tenantId, change.After), _ => tables.Facts.Name)
            .Select(operation => DealFactRows.IsDealRow(operation.RowKey) ? Versioned(operation, change) : operation)
            .ToList();
        return change.After is Deal deal && (change.Before is not Deal before || before.Stage != deal.Stage)
            ? [.. operations, StageEntered(tables, tenantId, deal, change.Before is null ? deal.CreatedAt : deal.UpdatedAt)]
            : operations;
    }

    public static string DealRowKey(string accountId, string dealId) => $"{DealPrefix}{accountId}|{dealId}";

    /// <summary>
    /// A deal row's write with the version it comes from (the deal's UpdatedAt; compared by the writer, not by the diff,
    /// so a change that touches no fact writes nothing), or — the deal deleted — its tombstone (<see cref="DealFactRows"/>).
    /// </summary>
    private static IndexOperation Versioned(IndexOperation operation, RecordChange change) => operation with
    {
        Properties = change.After is Deal after
            ? new Dictionary<string, string?>(operation.Properties!) { [DealFactRows.VersionProperty] = DealFactRows.Version(after.UpdatedAt) }
            : new Dictionary<string, string?>
            {
                ["AccountId"] = ((Deal)change.Before!).AccountId,
                ["DealId"] = ((Deal)change.Before!).Id,
                [DealFactRows.DeletedProperty] = "true",
            },
    };

    /// <summary>
    /// A deal entered a stage (created in it, or moved to it): a row "d|{account}|{deal}|s|{UTC ticks}" beside the
    /// deal's row, keyed by the moment, so a redelivered change writes the same row. Rows are never deleted with the
    /// deal: the reader joins them to deal rows and ignores those without one.
    /// </summary>
    private static IndexOperation StageEntered(CrmTables tables, string tenantId, Deal deal, DateTimeOffset at) => new(
        tables.Facts.Name,
        StorageKeys.FactsPartition(tenantId),
        $"{DealRowKey(deal.AccountId, deal.Id)}{StagePrefix}{at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}",
        new Dictionary<string, string?> { ["Stage"] = deal.Stage.ToString(), ["At"] = Moment(at) });

    private static Dictionary<(string PartitionKey, string RowKey), IReadOnlyDictionary<string, string?>> Rows(string tenantId, object? record)
    {
        var rows = new Dictionary<(string, string), IReadOnlyDictionary<string, string?>>();
        switch (record)
        {
            case Deal deal:
                rows[(StorageKeys.FactsPartition(tenantId), DealRowKey(deal.AccountId, deal.Id))] = new Dictionary<string, string?>
                {
                    ["AccountId"] = deal.AccountId,
                    ["DealId"] = deal.Id,
                    ["OwnerId"] = deal.Owner.UserId,
                    ["Title"] = deal.Title,
                    ["Stage"] = deal.Stage.ToString(),
                    ["Amount"] = deal.Amount.ToString(CultureInfo.InvariantCulture),
                    ["Currency"] = deal.Currency,
                    ["Probability"] = deal.Probability.ToString(CultureInfo.InvariantCulture),
                    ["CreatedAt"] = Moment(deal.CreatedAt),
                    ["ClosedAt"] = deal.IsOpen ? null : Moment(deal.ClosedAt ?? deal.UpdatedAt),
                    ["ExpectedClose"] = deal.ExpectedCloseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["Lines"] = deal.LineItems.Count == 0 ? null : JsonSerializer.Serialize(deal.LineItems),
                };
                break;
            case Account account:
                rows[(StorageKeys.FactsPartition(tenantId), AccountPrefix + account.Id)] = new Dictionary<string, string?>
                {
                    ["AccountId"] = account.Id,
                    ["Industry"] = account.Industry,
                    ["SizeBand"] = account.Segment,
                    ["Country"] = account.Address.Country,
                };
                break;
        }

        return rows;
    }

    private static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
