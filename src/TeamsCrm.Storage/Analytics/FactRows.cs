using System.Globalization;
using System.Text.Json;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Storage.Analytics;

/// <summary>A stored deal fact row (<see cref="FactProjection"/>) as the analytics' <see cref="DealFact"/>.</summary>
internal static class FactRows
{
    /// <summary>No catalog: product lines keep their ids, family "Unknown" (for readers that do not use products).</summary>
    public static IReadOnlyDictionary<string, Product> NoCatalog { get; } = new Dictionary<string, Product>(StringComparer.Ordinal);

    /// <summary>
    /// Deal rows ("d|{account}|{deal}") joined with their stage rows ("d|{account}|{deal}|s|{ticks}", oldest first),
    /// each with its row's version (ETag); a deleted deal's tombstone and stage rows without a deal row are left out.
    /// </summary>
    public static IEnumerable<(DealFact Fact, string Version)> JoinDeals(IEnumerable<TableEntity> rows, IReadOnlyDictionary<string, Product> catalog)
    {
        var deals = new List<(DealFact, string)>();
        var history = new Dictionary<string, List<StageChange>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var keys = row.RowKey.Split('|');
            if (keys.Length == 3 && !DealFactRows.IsTombstone(row))
            {
                deals.Add((ToDealFact(row, catalog), row.ETag.ToString()));
            }
            else if (keys.Length == 5)
            {
                (history.TryGetValue(keys[2], out var changes) ? changes : history[keys[2]] = []).Add(ToStageChange(row));
            }
        }

        return deals.Select(d => history.TryGetValue(d.Item1.Id, out var changes) ? (d.Item1 with { StageHistory = [.. changes.OrderBy(c => c.EnteredAt)] }, d.Item2) : d);
    }

    public static DealFact ToDealFact(TableEntity row, IReadOnlyDictionary<string, Product> catalog)
    {
        var lines = row.GetString("Lines") is { Length: > 0 } json ? JsonSerializer.Deserialize<DealLineItem[]>(json) ?? [] : [];
        return new DealFact
        {
            Id = row.GetString("DealId"),
            AccountId = row.GetString("AccountId"),
            OwnerId = row.GetString("OwnerId"),
            Title = row.GetString("Title") ?? string.Empty,
            Stage = Enum.Parse<DealStage>(row.GetString("Stage")),
            Amount = decimal.Parse(row.GetString("Amount"), NumberStyles.Number, CultureInfo.InvariantCulture),
            Currency = row.GetString("Currency"),
            Probability = int.Parse(row.GetString("Probability"), CultureInfo.InvariantCulture),
            CreatedAt = Moment(row.GetString("CreatedAt"))!.Value,
            ClosedAt = Moment(row.GetString("ClosedAt")),
            ExpectedCloseDate = row.GetString("ExpectedClose") is { Length: > 0 } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Products = FactMapper.ToLines(lines, catalog),
        };
    }

    /// <summary>A stage row ("d|{account}|{deal}|s|{ticks}") as the stage change it records.</summary>
    public static StageChange ToStageChange(TableEntity row) => ToStageChange(row.GetString("Stage"), row.GetString("At"));

    /// <summary>A stage row's two properties (as stored, or as the projection writes them) as the stage change they record.</summary>
    public static StageChange ToStageChange(string stage, string at) => new(Enum.Parse<DealStage>(stage), Moment(at)!.Value);

    private static DateTimeOffset? Moment(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
