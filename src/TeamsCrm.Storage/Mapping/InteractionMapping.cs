using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Storage.Mapping;

internal static class InteractionMapping
{
    /// <summary>Newest first by when the touchpoint happened (not when it was logged).</summary>
    public static string RowKey(Interaction i) => $"{StorageKeys.InteractionPrefix}{StorageKeys.Inverted(i.OccurredAt)}|{i.Id}";

    public static TableEntity ToEntity(string partitionKey, Interaction i)
    {
        var e = new TableEntity(partitionKey, RowKey(i))
        {
            ["Id"] = i.Id,
            ["AccountId"] = i.AccountId,
            ["ContactId"] = i.ContactId,
            ["Channel"] = i.Channel.ToString(),
            ["Direction"] = i.Direction.ToString(),
            ["OccurredAt"] = i.OccurredAt,
            ["Summary"] = i.Summary,
            ["CreatedAt"] = i.CreatedAt,
        };
        e.SetPerson("LoggedBy", i.LoggedBy);
        e.SetList("ProductIds", i.ProductIds);
        return e;
    }

    public static Interaction FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        AccountId = e.GetString("AccountId"),
        ContactId = e.GetString("ContactId"),
        Channel = e.GetEnum<InteractionChannel>("Channel"),
        Direction = e.GetEnum<InteractionDirection>("Direction"),
        OccurredAt = e.GetTime("OccurredAt"),
        Summary = e.GetString("Summary"),
        LoggedBy = e.GetPerson("LoggedBy"),
        CreatedAt = e.GetTime("CreatedAt"),
        ProductIds = e.GetList<string>("ProductIds"),
        Version = e.VersionOf(),
    };
}
