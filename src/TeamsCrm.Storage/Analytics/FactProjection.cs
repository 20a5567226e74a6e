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
/// band, country) in the tenant's facts partition. A row is derived from the record alone, so a redelivered change
/// writes the same row; an account's attributes live once, on its own row, and are joined when the facts are read.
/// </summary>
public static class FactProjection
{
    public const string DealPrefix = "d|";
    public const string AccountPrefix = "a|";

    public static IReadOnlyList<IndexOperation> For(CrmTables tables, string tenantId, RecordChange change)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(change);
        return
        [
            .. IndexProjection.Diff(Rows(tenantId, change.Before), Rows(tenantId, change.After), _ => tables.Facts.Name),
            .. InteractionFactProjection.For(tables, tenantId, change),
        ];
    }

    public static string DealRowKey(string accountId, string dealId) => $"{DealPrefix}{accountId}|{dealId}";

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
