using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Storage.Mapping;

internal static class HandoffMapping
{
    public static string RowKey(string id) => StorageKeys.HandoffPrefix + id;

    public static TableEntity ToEntity(string partitionKey, Handoff h)
    {
        var e = new TableEntity(partitionKey, RowKey(h.Id))
        {
            ["Id"] = h.Id,
            ["AccountId"] = h.AccountId,
            ["DealId"] = h.DealId,
            ["Note"] = h.Note,
            ["Status"] = h.Status.ToString(),
            ["DueAt"] = h.DueAt,
            ["DeclineReason"] = h.DeclineReason,
            ["CreatedAt"] = h.CreatedAt,
            ["RespondedAt"] = h.RespondedAt,
            ["ReminderSentAt"] = h.ReminderSentAt,
        };
        e.SetPerson("From", h.From);
        e.SetPerson("To", h.To);
        return e;
    }

    public static Handoff FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        AccountId = e.GetString("AccountId"),
        DealId = e.GetString("DealId"),
        From = e.GetPerson("From"),
        To = e.GetPerson("To"),
        Note = e.GetString("Note"),
        Status = e.GetEnum<HandoffStatus>("Status"),
        DueAt = e.GetDateTimeOffset("DueAt"),
        DeclineReason = e.GetString("DeclineReason"),
        CreatedAt = e.GetTime("CreatedAt"),
        RespondedAt = e.GetDateTimeOffset("RespondedAt"),
        ReminderSentAt = e.GetDateTimeOffset("ReminderSentAt"),
        Version = e.VersionOf(),
    };
}
