using TeamsCrm.Core.FollowUps;

namespace TeamsCrm.Storage.Mapping;

internal static class FollowUpTaskMapping
{
    public static string RowKey(string id) => StorageKeys.TaskPrefix + id;

    public static TableEntity ToEntity(string partitionKey, FollowUpTask t)
    {
        var e = new TableEntity(partitionKey, RowKey(t.Id))
        {
            ["Id"] = t.Id,
            ["AccountId"] = t.AccountId,
            ["DealId"] = t.DealId,
            ["Title"] = t.Title,
            ["DueAt"] = t.DueAt,
            ["IsDone"] = t.IsDone,
            ["CompletedAt"] = t.CompletedAt,
            ["CreatedAt"] = t.CreatedAt,
        };
        e.SetPerson("Assignee", t.Assignee);
        e.SetPerson("CreatedBy", t.CreatedBy);
        return e;
    }

    public static FollowUpTask FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        AccountId = e.GetString("AccountId"),
        DealId = e.GetString("DealId"),
        Title = e.GetString("Title"),
        Assignee = e.GetPerson("Assignee"),
        DueAt = e.GetDateTimeOffset("DueAt"),
        IsDone = e.GetBoolean("IsDone") ?? false,
        CompletedAt = e.GetDateTimeOffset("CompletedAt"),
        CreatedBy = e.GetPerson("CreatedBy"),
        CreatedAt = e.GetTime("CreatedAt"),
        Version = e.VersionOf(),
    };
}
