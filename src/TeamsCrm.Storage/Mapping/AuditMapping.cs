using TeamsCrm.Core.Audit;

namespace TeamsCrm.Storage.Mapping;

internal static class AuditMapping
{
    public static TableEntity ToEntity(string partitionKey, AuditEntry a)
    {
        var e = new TableEntity(partitionKey, $"{StorageKeys.AuditPrefix}{StorageKeys.Inverted(a.At)}|{a.Id}")
        {
            ["Id"] = a.Id,
            ["AccountId"] = a.AccountId,
            ["Action"] = a.Action,
            ["RecordKind"] = a.RecordKind,
            ["RecordId"] = a.RecordId,
            ["At"] = a.At,
            ["Before"] = a.Before,
            ["After"] = a.After,
        };
        e.SetPerson("Actor", a.Actor);
        return e;
    }

    public static AuditEntry FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        AccountId = e.GetString("AccountId"),
        Action = e.GetString("Action"),
        RecordKind = e.GetString("RecordKind"),
        RecordId = e.GetString("RecordId"),
        Actor = e.GetPerson("Actor"),
        At = e.GetTime("At"),
        Before = e.GetString("Before"),
        After = e.GetString("After"),
    };
}
