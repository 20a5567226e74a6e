using TeamsCrm.Core.Deals;

namespace TeamsCrm.Storage.Mapping;

internal static class DealMapping
{
    public static string RowKey(string id) => StorageKeys.DealPrefix + id;

    public static TableEntity ToEntity(string partitionKey, Deal d)
    {
        var e = new TableEntity(partitionKey, RowKey(d.Id))
        {
            ["Id"] = d.Id,
            ["AccountId"] = d.AccountId,
            ["Title"] = d.Title,
            ["Stage"] = d.Stage.ToString(),
            ["Currency"] = d.Currency,
            ["Probability"] = d.Probability,
            ["Source"] = d.Source,
            ["CreatedAt"] = d.CreatedAt,
            ["UpdatedAt"] = d.UpdatedAt,
            ["ClosedAt"] = d.ClosedAt,
        };
        e.SetDecimal("Amount", d.Amount);
        e.SetDate("ExpectedCloseDate", d.ExpectedCloseDate);
        e.SetPerson("Owner", d.Owner);
        e.SetList("LineItems", d.LineItems);
        return e;
    }

    public static Deal FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        AccountId = e.GetString("AccountId"),
        Title = e.GetString("Title"),
        Stage = e.GetEnum<DealStage>("Stage"),
        Amount = e.GetDecimal("Amount"),
        Currency = e.GetString("Currency"),
        Probability = e.GetInt32("Probability") ?? 0,
        ExpectedCloseDate = e.GetDate("ExpectedCloseDate"),
        Owner = e.GetPerson("Owner"),
        Source = e.GetString("Source"),
        CreatedAt = e.GetTime("CreatedAt"),
        UpdatedAt = e.GetTime("UpdatedAt"),
        ClosedAt = e.GetDateTimeOffset("ClosedAt"),
        LineItems = e.GetList<DealLineItem>("LineItems"),
        Version = e.VersionOf(),
    };
}
