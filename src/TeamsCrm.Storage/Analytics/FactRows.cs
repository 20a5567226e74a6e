using System.Globalization;
using System.Text.Json;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Storage.Analytics;

/// <summary>A stored deal fact row (<see cref="FactProjection"/>) as the analytics' <see cref="DealFact"/>.</summary>
internal static class FactRows
{
    public static DealFact ToDealFact(TableEntity row, IReadOnlyDictionary<string, Product> catalog)
    {
        var lines = row.GetString("Lines") is { Length: > 0 } json ? JsonSerializer.Deserialize<DealLineItem[]>(json) ?? [] : [];
        return new DealFact
        {
            Id = row.GetString("DealId"),
            AccountId = row.GetString("AccountId"),
            OwnerId = row.GetString("OwnerId"),
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
    public static StageChange ToStageChange(TableEntity row) =>
        new(Enum.Parse<DealStage>(row.GetString("Stage")), Moment(row.GetString("At"))!.Value);

    private static DateTimeOffset? Moment(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
