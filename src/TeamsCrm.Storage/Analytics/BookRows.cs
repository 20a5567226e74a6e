using System.Globalization;
using System.Text.Json;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The rows of a tenant's pipeline books partition (<see cref="PipelineBooks"/>) and their properties: an owner's book
/// "b|{owner}" (the owner's totals as JSON over as many string properties as it needs, and the deal count); a deal's
/// contribution "c|{account}|{deal}" (the deal as last applied, and the fact version it came from); a slipped-deals
/// range row "s|{owner}|{expected day}|{deal}" for every open deal with an expected close day; and "h", written when
/// the books hold every deal (after the first full build).
/// </summary>
internal static class BookRows
{
    public const string BuiltKey = "h";
    public const string BookPrefix = "b|";
    public const string ContributionPrefix = "c|";
    public const string DuePrefix = "s|";

    /// <summary>Characters per JSON property: 60,000 bytes of the 65,536 a string property holds.</summary>
    private const int PartLength = 30_000;

    public static string BookKey(string owner) => BookPrefix + StorageKeys.Checked(owner);

    public static string ContributionKey(string accountId, string dealId) => $"{ContributionPrefix}{StorageKeys.Checked(accountId)}|{StorageKeys.Checked(dealId)}";

    public static string DueRangeStart(string owner) => $"{DuePrefix}{StorageKeys.Checked(owner)}|";

    /// <summary>The exclusive end of an owner's range rows expected before <paramref name="day"/>.</summary>
    public static string DueRangeEnd(string owner, DateOnly day) => DueRangeStart(owner) + Day(day);

    /// <summary>The range row key of an open deal with an expected close day; null for any other deal.</summary>
    public static string? DueKey(DealFact? deal) =>
        deal is { IsOpen: true, ExpectedCloseDate: { } expected } ? $"{DueRangeStart(deal.OwnerId)}{Day(expected)}|{StorageKeys.Checked(deal.Id)}" : null;

    /// <summary>The JSON a deal contributes with: the fact without its products (the pipeline does not use them).</summary>
    public static string? ContributionJson(DealFact? deal) => deal is null ? null : JsonSerializer.Serialize(deal with { Products = [] });

    /// <summary>
    /// The contribution row after a change: the deal as applied, or — the deal gone — a tombstone keeping the last
    /// applied deal (its stage history) and contributing nothing, so a late change that brings the deal's row back
    /// finds its history. A deal never applied and without facts gets a tombstone without a deal (it confirms that
    /// nothing was to be done; see <see cref="PipelineBooks"/>).
    /// </summary>
    public static TableEntity Contribution(string partition, DealContribution change)
    {
        var row = new TableEntity(partition, ContributionKey(change.AccountId, change.DealId))
        {
            ["FactVersion"] = change.NewVersion,
            ["Deleted"] = change.New is null,
        };
        if (ContributionJson(change.New ?? change.Old) is { } json)
        {
            row["Fact"] = json;
        }

        return row;
    }

    /// <summary>What a contribution row holds: the deal it contributes (null for a tombstone) and the stage history it was applied with.</summary>
    public static (DealFact? Contributed, IReadOnlyList<StageChange> History) ToContribution(TableEntity row)
    {
        if (row.GetString("Fact") is not { } json)
        {
            return (null, []);
        }

        var fact = JsonSerializer.Deserialize<DealFact>(json)!;
        return (row.GetBoolean("Deleted") == true ? null : fact, fact.StageHistory);
    }

    public static TableEntity Book(string partition, OwnerTotals totals, int deals)
    {
        var json = JsonSerializer.Serialize(totals);
        var parts = Math.Max(1, (json.Length + PartLength - 1) / PartLength);
        var entity = new TableEntity(partition, BookKey(totals.Owner)) { ["Deals"] = deals, ["Parts"] = parts };
        for (var part = 0; part < parts; part++)
        {
            entity[PartName(part)] = json.Substring(part * PartLength, Math.Min(PartLength, json.Length - (part * PartLength)));
        }

        return entity;
    }

    public static OwnerBookRow ToBook(TableEntity row)
    {
        var json = string.Concat(Enumerable.Range(0, row.GetInt32("Parts") ?? 1).Select(part => row.GetString(PartName(part))));
        return new OwnerBookRow(JsonSerializer.Deserialize<OwnerTotals>(json)!, row.GetInt32("Deals") ?? 0, row.ETag);
    }

    public static TableEntity Due(string partition, DealFact deal) => new(partition, DueKey(deal)!)
    {
        ["DealId"] = deal.Id,
        ["AccountId"] = deal.AccountId,
        ["Title"] = deal.Title,
        ["Amount"] = deal.Amount.ToString(CultureInfo.InvariantCulture),
        ["Currency"] = deal.Currency,
        ["ExpectedClose"] = Day(deal.ExpectedCloseDate!.Value),
    };

    /// <summary>A range row as the open deal the slipped-deals snapshot needs (owner, ids, title, expected day, money).</summary>
    public static DealFact ToDue(string owner, TableEntity row) => new()
    {
        Id = row.GetString("DealId"),
        AccountId = row.GetString("AccountId"),
        OwnerId = owner,
        Title = row.GetString("Title") ?? string.Empty,
        Stage = DealStage.New,
        Amount = decimal.Parse(row.GetString("Amount"), NumberStyles.Number, CultureInfo.InvariantCulture),
        Currency = row.GetString("Currency"),
        CreatedAt = DateTimeOffset.MinValue,
        ExpectedCloseDate = DateOnly.ParseExact(row.GetString("ExpectedClose"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string PartName(int part) => part == 0 ? "Json" : "Json" + part.ToString(CultureInfo.InvariantCulture);
}
